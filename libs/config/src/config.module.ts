import { Global, Module } from '@nestjs/common';
import { Env, parseEnv } from './env.schema';
import { loadSecrets, Secrets } from './secrets';

export const ENV = Symbol('ENV');
export const SECRETS = Symbol('SECRETS');

@Global()
@Module({
  providers: [
    { provide: ENV, useFactory: (): Env => parseEnv(process.env) },
    { provide: SECRETS, inject: [ENV], useFactory: (env: Env): Secrets => loadSecrets(env) },
  ],
  exports: [ENV, SECRETS],
})
export class ConfigModule {}
