// `npm start` runs this before its build: a bad variable is reported in a second, not after a long compile.
import 'reflect-metadata';
import { parseEnv } from '../src/env.schema';

try {
  parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
