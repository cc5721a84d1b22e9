import { Module } from '@nestjs/common';
import { ApiModule } from '../../api/src/api.module';
import { WorkerModule } from '../../worker/src/worker.module';

/** `npm start`: the API and the worker in one process, for development and small sites. */
@Module({ imports: [ApiModule, WorkerModule] })
export class StandaloneModule {}
