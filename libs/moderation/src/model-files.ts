import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The committed models live in libs/moderation/models, beside the sources, not in dist/: found by walking up from
 * here, so the same code loads them under ts-node, jest and the compiled build.
 */
export function modelFile(name: string): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    for (const candidate of [join(dir, 'libs', 'moderation', 'models', name), join(dir, 'models', name)]) {
      if (existsSync(candidate)) return candidate;
    }
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the model file libs/moderation/models/${name}`);
}

export function readModelJson<T>(name: string): T {
  return JSON.parse(readFileSync(modelFile(name), 'utf8')) as T;
}
