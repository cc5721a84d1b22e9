import 'reflect-metadata';
import { createApiApplication, listen } from '../../api/src/bootstrap';
import { announce } from './announce';
import { StandaloneModule } from './standalone.module';

async function main(): Promise<void> {
  const app = await createApiApplication(StandaloneModule);
  const env = await listen(app);
  await announce(app, env);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
