import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { Database, DatabaseHandle, openDatabase } from './database';

export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');
export const DATABASE = Symbol('DATABASE');

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}
  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_HANDLE,
      inject: [ENV],
      useFactory: (env: Env): Promise<DatabaseHandle> => {
        const logger = new Logger('Database');
        return openDatabase({
          databaseUrl: env.DATABASE_URL,
          dataDir: env.DATA_DIR,
          poolSize: env.DB_POOL_SIZE,
          onPoolError: (error) => logger.warn(`PostgreSQL connection lost: ${error.message}`),
        });
      },
    },
    {
      provide: DATABASE,
      inject: [DATABASE_HANDLE],
      useFactory: (handle: DatabaseHandle): Database => handle.db,
    },
    DatabaseCloser,
  ],
  exports: [DATABASE_HANDLE, DATABASE],
})
export class DbModule {}
