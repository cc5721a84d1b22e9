import 'reflect-metadata';
import { createApiApplication, listen } from '../../api/src/bootstrap';
import { warmUpChecks } from '../../worker/src/checks-warm-up';
import { announce } from './announce';
import { StandaloneModule } from './standalone.module';

async function main(): Promise<void> {
  // Its worker's first comments must not wait while the models load and the checks compile (as in the worker's main).
  warmUpChecks();
  const app = await createApiApplication(StandaloneModule);
  const env = await listen(app);
  await announce(app, env);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
