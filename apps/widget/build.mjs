// Builds the embeddable widget to one minified script: apps/widget/dist/widget.js. Type-checks first.
// Run: node apps/widget/build.mjs   (or npm run build:widget)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, 'dist', 'widget.js');
// Issue 17: the whole widget, with every reader feature, in at most 10 KB gzip. The build fails above it.
const BUDGET_GZIP_BYTES = 10 * 1024;

/**
 * Property names of the widget's own objects (its classes' private members and the keys of its strings), which the
 * minifier may shorten because nothing outside this bundle reads them. Never list a name the browser (DOM, fetch,
 * dataset: `api` is `data-api`), the server's JSON or localStorage also uses: it would be renamed there too. That
 * includes an attribute written as an object key (`title` in `h('time', { title })`) and a request field (`hp`).
 */
const OWN_PROPERTIES = [
  // thread.ts
  ...[
    'started',
    'language',
    'form',
    'list',
    'heading',
    'more',
    'formHome',
    'placed',
    'cursor',
    'events',
    'clock',
  ],
  ...[
    'liked',
    'own',
    'liveLikes',
    'keepTimesFresh',
    'load',
    'listen',
    'setCount',
    'show',
    'article',
    'startReply',
  ],
  ...['cancelReply', 'drop', 'restoreOwn', 'editedOwn', 'accepted', 'follow', 'sortControl', 'defaultApi'],
  ...['place', 'parentOf', 'parent', 'goneNote', 'gone', 'siteUrl', 'ownCommentUrl'],
  ...['notifyChoice', 'liveRegion', 'errorSpans', 'pendingFormToken', 'newFormToken', 'authorStatus'],
  ...['ensureReaderToken', 'publishedCount', 'countHeading'],
  // form.ts
  ...['root', 'cancel', 'consent', 'inputs', 'proofOfWork', 'maxBodyLength', 'onAccepted'],
  ...[
    'onCancel',
    'replyingTo',
    'say',
    'draft',
    'send',
    'serverError',
    'showErrors',
    'remember',
    'restoreSaved',
  ],
  // api.ts, own.ts, likes.ts
  ...['threadUrl', 'proofOfWorkUrl', 'eventsUrl', 'page', 'commentUrl', 'readerHeader', 'like', 'report'],
  ...[
    'base',
    'sort',
    'text',
    'here',
    'keep',
    'forget',
    'tools',
    'ids',
    'key',
    'item',
    'depth',
    'replies',
    'submit',
  ],
  // i18n.ts
  ...[
    'leaveReply',
    'replyTo',
    'emailNote',
    'requiredNote',
    'website',
    'sending',
    'reply',
    'loadMore',
    'awaiting',
  ],
  ...['published', 'notPublished', 'fixErrors', 'failed', 'tooFast', 'duplicate', 'loadFailed', 'newComment'],
  ...[
    'comment',
    'required',
    'save',
    'honeypot',
    'notifyChoices',
    'edited',
    'sortLabel',
    'sorts',
    'invalid_email',
    'invalid_url',
    'too_long',
  ],
];

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
/**
 * styles.ts keeps one rule per line for people to read; the stylesheet needs no line breaks, and in the bundle each
 * is a two-character `\n` escape (≈20 B gzip for the sheet).
 */
const stylesOnOneLine = {
  name: 'styles-on-one-line',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]styles\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const start = source.indexOf('`');
      return {
        contents: source.slice(0, start) + source.slice(start).replace(/\n(?=[^`]*`)/g, ''),
        loader: 'ts',
      };
    });
  },
};

const bundled = await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  write: false,
  bundle: true,
  minify: true,
  format: 'iife',
  // Optional chaining and ?? as written: Chrome 80, Firefox 74, Safari 13.1 and later (spring 2020), far older than
  // the readers' browsers this site sees; down-levelling them cost 200 B gzip.
  target: ['es2020'],
  mangleProps: new RegExp(`^(${OWN_PROPERTIES.join('|')})$`),
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stylesOnOneLine],
});
// esbuild bundles and renames; terser's repeated compress passes then find what one pass leaves (≈ 220 B gzip).
// `unsafe` assumes the built-ins are the browser's own (String(x) becomes ""+x, and so on; nothing here replaces
// them) and `hoist_funs` lifts function declarations: ≈ 25 B gzip together. `booleans_as_integers` would save more
// but turns String(true) into "1", which aria-pressed and aria-expanded cannot take.
const { code } = await minify(bundled.outputFiles[0].text, {
  ecma: 2020,
  compress: { passes: 3, unsafe: true, hoist_funs: true },
  format: { ascii_only: true },
});
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, code);
const size = Buffer.byteLength(code);
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`widget.js: ${size} bytes, ${gzip} bytes gzip (budget ${BUDGET_GZIP_BYTES})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`widget.js is over its 10 KB gzip budget by ${gzip - BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}
