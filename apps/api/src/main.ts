import 'reflect-metadata';
import { ApiModule } from './api.module';
import { createApiApplication, listen } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApiApplication(ApiModule);
  await listen(app);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
