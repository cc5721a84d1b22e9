// Builds the embeddable widget to one minified script: apps/widget/dist/widget.js. Type-checks first.
// Run: node apps/widget/build.mjs   (or npm run build:widget)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, 'dist', 'widget.js');
const BUDGET_GZIP_BYTES = 20 * 1024;

if (!process.argv.includes('--no-check')) {
  try {
    execFileSync(
      process.execPath,
      [join(here, '../../node_modules/typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')],
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error('widget: type errors (above)');
    process.exit(1);
  }
}
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019'],
  legalComments: 'none',
  logLevel: 'warning',
});
const size = readFileSync(outfile).length;
const gzip = gzipSync(readFileSync(outfile), { level: 9 }).length;
console.log(`widget.js: ${size} bytes, ${gzip} bytes gzip (budget ${BUDGET_GZIP_BYTES})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('widget.js is over its 20 KB gzip budget');
  process.exit(1);
}
