/**
 * `npm run eval:abuse`: how the whole check pipeline (site defaults) treats abuse, measured on
 *  1. the team corpus's test fifth (corpus/abuse/*.test.team.jsonl): catch per category and false holds, per script;
 *  2. the team's functional hate suite (corpus/abuse/functional.*.team.jsonl): per functionality and script, against
 *     its pass bar (hateful ≥ 75% caught, not hateful ≤ 30% held);
 *  3. TRAC-1's held-out fifth (develop only: a measurement, never trained on);
 *  4. the issue's example sentences.
 * "Held for abuse" = an abuse check asked for hold or reject. CORPUS_DIR overrides where the corpus is read from.
 * EVAL_SPLIT=validation reads the validation split instead of the test fifth (the split to tune on); EVAL_MISSES=1
 * also lists the corpus rows and functional cases it got wrong, to read while tuning.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moderate } from '../src/pipeline/pipeline';
import { siteSettingsWithDefaults } from '../src/site-settings';
import { CheckContext, CheckResult } from '../src/types';
import { aContext } from '../src/testing/check-fixtures';
import { fnv1a, tracRows } from './eval-language-samples';

const CORPUS = process.env.CORPUS_DIR ?? join(__dirname, '../corpus/abuse');
const CATEGORIES = ['profanity', 'insult', 'hate', 'threat', 'sexual'] as const;
export const HATEFUL_PASS_BAR = 0.75;
export const NOT_HATEFUL_PASS_BAR = 0.3;

const context: CheckContext = aContext({
  site: siteSettingsWithDefaults({ id: 'eval' }),
  formToken: { state: 'not-applicable' },
});

const SPLIT = process.env.EVAL_SPLIT === 'validation' ? 'validation' : 'test';
const LIST_MISSES = process.env.EVAL_MISSES === '1';

const ABUSE_CHECK = /^(abuse\.|abusive-language|aggression-model)/;

/** Whether abuse held the text, and which categories it named (older code names none). */
export function abuseOutcome(text: string): { held: boolean; categories: Set<string> } {
  const outcome = moderate(
    { id: 'e', body: text.normalize('NFC'), authorName: '', authorUrl: null, honeypot: null, parentId: null },
    context,
  );
  const fired = outcome.checks.filter((c: CheckResult) => ABUSE_CHECK.test(c.name));
  const held = fired.some((c) => c.verdict === 'hold' || c.verdict === 'reject');
  const categories = new Set(
    fired
      .filter((c) => c.verdict === 'hold' || c.verdict === 'reject')
      .map((c) => c.name.replace(/^abuse\./, ''))
      .filter((c) => (CATEGORIES as readonly string[]).includes(c)),
  );
  return { held, categories };
}

interface CorpusRow {
  text: string;
  labels: string[];
  script: string;
}
interface FunctionalRow {
  functionality: string;
  script: string;
  text: string;
  hateful: boolean;
  category?: string;
}

function readJsonl<T>(pattern: RegExp): T[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => pattern.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(join(CORPUS, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as T),
    );
}

export const corpusRows = (split: 'train' | 'validation' | 'test') =>
  readJsonl<CorpusRow>(new RegExp(`^(?!functional\\.).+\\.${split}\\.team\\.jsonl$`));
export const functionalRows = () => readJsonl<FunctionalRow>(/^functional\..+\.team\.jsonl$/);

const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function corpusReport(): void {
  const rows = corpusRows(SPLIT);
  console.log(
    `\n## Team corpus, ${SPLIT === 'test' ? 'test fifth' : 'validation split'} (${rows.length} rows)`,
  );
  if (rows.length === 0) return;
  const scripts = [...new Set(rows.map((r) => r.script))].sort();
  const judged = rows.map((r) => ({ r, o: abuseOutcome(r.text) }));
  console.log('script      | category  | rows | caught (held for abuse) | named the category');
  for (const script of [...scripts, 'all']) {
    const inScript = judged.filter(({ r }) => script === 'all' || r.script === script);
    for (const category of CATEGORIES) {
      const positives = inScript.filter(({ r }) => r.labels.includes(category));
      const caught = positives.filter(({ o }) => o.held).length;
      const named = positives.filter(({ o }) => o.categories.has(category)).length;
      console.log(
        `${script.padEnd(11)} | ${category.padEnd(9)} | ${String(positives.length).padStart(4)} | ` +
          `${pct(caught, positives.length).padStart(23)} | ${pct(named, positives.length)}`,
      );
    }
    const abusive = inScript.filter(({ r }) => r.labels.length > 0);
    const clean = inScript.filter(({ r }) => r.labels.length === 0);
    console.log(
      `${script.padEnd(11)} | ANY       | ${String(abusive.length).padStart(4)} | ` +
        `${pct(abusive.filter(({ o }) => o.held).length, abusive.length).padStart(23)} | ` +
        `clean held ${pct(clean.filter(({ o }) => o.held).length, clean.length)} of ${clean.length}`,
    );
  }
  if (!LIST_MISSES) return;
  for (const { r, o } of judged) {
    if (o.held !== r.labels.length > 0) {
      console.log(`${o.held ? 'HELD' : 'MISSED'} ${r.script} [${r.labels.join(',')}] ${r.text}`);
    }
  }
}

/** Per functionality and script: the share held for abuse, and whether it meets the pass bar. */
export function functionalResults(rows = functionalRows()) {
  const groups = new Map<string, FunctionalRow[]>();
  for (const row of rows) {
    const key = `${row.functionality}\u0000${row.script}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].sort().map(([key, group]) => {
    const [functionality, script] = key.split('\u0000');
    const hateful = group[0].hateful;
    // Abuse at one person is an insult, not hate: F24 counts only hate wrongly held (contract: insult is fine there).
    const wrong = (o: ReturnType<typeof abuseOutcome>) =>
      functionality.startsWith('F24') ? o.categories.has('hate') : o.held;
    const wrongRows = group.filter((r) =>
      hateful ? !abuseOutcome(r.text).held : wrong(abuseOutcome(r.text)),
    );
    const held = hateful ? group.length - wrongRows.length : wrongRows.length;
    if (LIST_MISSES) for (const r of wrongRows) console.log(`WRONG ${functionality} ${script}: ${r.text}`);
    const share = held / group.length;
    const pass = hateful ? share >= HATEFUL_PASS_BAR : share <= NOT_HATEFUL_PASS_BAR;
    return { functionality, script, hateful, cases: group.length, held, share, pass };
  });
}

function functionalReport(): void {
  const results = functionalResults();
  console.log(`\n## Functional hate suite (${results.reduce((s, r) => s + r.cases, 0)} cases)`);
  if (results.length === 0) return;
  console.log('functionality               | script  | cases | held   | bar       | pass');
  for (const r of results) {
    const bar = r.hateful ? `≥ ${HATEFUL_PASS_BAR * 100}% held` : `≤ ${NOT_HATEFUL_PASS_BAR * 100}% held`;
    console.log(
      `${r.functionality.padEnd(27)} | ${r.script.padEnd(7)} | ${String(r.cases).padStart(5)} | ${pct(r.held, r.cases)} | ${bar} | ${r.pass ? 'yes' : 'NO'}`,
    );
  }
  for (const script of [...new Set(results.map((r) => r.script))].sort()) {
    const of = (hateful: boolean) => results.filter((r) => r.script === script && r.hateful === hateful);
    const sum = (rs: typeof results, f: 'held' | 'cases') => rs.reduce((s, r) => s + r[f], 0);
    console.log(
      `${script}: hateful caught ${pct(sum(of(true), 'held'), sum(of(true), 'cases'))}, ` +
        `not hateful held ${pct(sum(of(false), 'held'), sum(of(false), 'cases'))}, ` +
        `functionalities passing ${results.filter((r) => r.script === script && r.pass).length}/${results.filter((r) => r.script === script).length}`,
    );
  }
}

function tracReport(): void {
  console.log('\n## TRAC-1 held-out fifth (develop only: measured, never trained on)');
  for (const set of ['hindi', 'english'] as const) {
    const rows = tracRows(set).filter((r) => fnv1a(r.text) % 5 === 0);
    for (const label of ['OAG', 'CAG', 'NAG']) {
      const of = rows.filter((r) => r.label === label);
      const held = of.filter((r) => abuseOutcome(r.text).held).length;
      console.log(`${set.padEnd(7)} ${label}: ${pct(held, of.length)} held for abuse (${held}/${of.length})`);
    }
  }
}

export const ISSUE_EXAMPLES: [string, string][] = [
  ['इन मुल्लों को पाकिस्तान भेज दो', 'hate'],
  ['तुम जैसे गद्दारों को देश से निकाल देना चाहिए, साले देशद्रोही', 'insult'],
  ['तुम बेवकूफ हो, चुप रहो कमीने', 'insult'],
  ['इस नेता को तो गोली मार देनी चाहिए', 'threat'],
  ['ये सब कटुए ऐसे ही होते हैं', 'hate'],
  ['Bhai ye dalit log kabhi nahi sudhrenge, inko gaon se bahar karo', 'hate'],
  ['tum jaise chutiye patrakar desh ko barbad kar rahe ho', 'insult'],
  ['चूतियो', 'insult'],
  ['हिजड़ो', 'hate'],
  ['गांड़', 'profanity'],
  ['हरामखोरी', 'insult'],
  ['चोदो', 'profanity'],
];

function examplesReport(): void {
  console.log('\n## The issue\u2019s examples');
  let ok = 0;
  for (const [text, category] of ISSUE_EXAMPLES) {
    const o = abuseOutcome(text);
    const right = o.held && (o.categories.size === 0 || o.categories.has(category));
    if (o.held && o.categories.has(category)) ok++;
    console.log(
      `${o.held ? 'held' : 'PUBLISHED'} ${right ? '' : '(!) '}[${[...o.categories].join(',') || '-'}] want ${category}: ${text}`,
    );
  }
  console.log(`${ok}/${ISSUE_EXAMPLES.length} held with the right category named`);
}

if (require.main === module) {
  corpusReport();
  functionalReport();
  tracReport();
  examplesReport();
}
