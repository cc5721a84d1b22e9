/**
 * Prints moderate()'s whole outcome for every row of the team corpora (libs/moderation/corpus/**) and the language
 * team sets, under two contexts (a known author with the base classifier; a newcomer with site terms, a parent and a
 * fast form, no classifier). A change meant to make the checks cheaper must leave this output byte-identical:
 * `npx ts-node -T -r tsconfig-paths/register libs/moderation/scripts/dump-outcomes.ts > before.txt`, change, diff.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { moderate, siteSettingsWithDefaults, CheckContext, CommentUnderCheck } from '../src';
import { createSpamClassifier, loadSpamModel } from '../src/spam';
import { aContext, NO_HISTORY } from '../src/testing/check-fixtures';
import { READER_COMMENTS, SHORT_DEVANAGARI, SHORT_LATIN } from '../src/language/reader-comments.team';
import { DEVANAGARI_COMMENTS } from '../src/language/devanagari-comments.team';

const CORPUS = join(__dirname, '..', 'corpus');

function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonlFiles(path);
      return name.endsWith('.jsonl') ? [path] : [];
    });
}

const texts: string[] = [];
for (const file of jsonlFiles(CORPUS)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const row = JSON.parse(line) as { text?: string };
    if (typeof row.text === 'string') texts.push(row.text);
  }
}
for (const sets of [READER_COMMENTS, DEVANAGARI_COMMENTS, SHORT_LATIN])
  for (const splits of Object.values(sets)) for (const rows of Object.values(splits)) texts.push(...rows);
for (const rows of Object.values(SHORT_DEVANAGARI)) texts.push(...rows.map(([text]) => text));

const known: CheckContext = aContext({
  site: siteSettingsWithDefaults({ id: 'dump' }),
  author: { ...NO_HISTORY, approvedCount: 2 },
  spamClassifier: createSpamClassifier(loadSpamModel(), null),
});
const newcomer: CheckContext = aContext({
  site: siteSettingsWithDefaults({
    id: 'dump2',
    languages: ['hi'],
    blockedTerms: ['सट्टा', 'casino'],
    heldTerms: ['crypto', 'नौकरी'],
    maxLinks: 1,
  }),
  formToken: { state: 'valid', secondsToSubmit: 2 },
  author: { ...NO_HISTORY, ipSpamCount: 1 },
  parentStatus: 'published',
});

texts.forEach((body, i) => {
  const comment: CommentUnderCheck = {
    id: `r${i}`,
    body,
    authorName: i % 7 === 0 ? 'Best SEO Services Delhi' : 'रीना',
    authorUrl: i % 5 === 0 ? 'https://example.in' : null,
    honeypot: null,
    parentId: i % 3 === 0 ? 'p1' : null,
  };
  for (const context of [known, newcomer])
    process.stdout.write(`${JSON.stringify(moderate({ ...comment }, context))}\n`);
});
process.stderr.write(`${texts.length} rows × 2 contexts\n`);
