import {
  functionalResults,
  functionalRows,
  HATEFUL_PASS_BAR,
  NOT_HATEFUL_PASS_BAR,
} from '../../scripts/eval-abuse';

/**
 * The team's functional hate suite (corpus/abuse/functional.*.team.jsonl) as a spec: per functionality and script,
 * hateful cases are held for abuse at least 75% of the time, not-hateful ones (neutral and friendly mentions,
 * counter-speech, negation, news, abuse at things) at most 30% (F24, abuse at one person, counts only hate: an insult
 * is the right call there). A pair known to miss its bar goes in BELOW_BAR as a `failing` test, so the day it starts
 * passing the suite says so and the entry must be removed; today every pair meets its bar. Figures: `npm run eval:abuse`.
 */
const BELOW_BAR = new Set<string>([]);

describe('functional hate suite', () => {
  const results = functionalResults(functionalRows());

  it('has every functionality in every script, about ten cases each', () => {
    const ids = new Set(results.map((r) => r.functionality));
    expect(ids.size).toBe(26);
    for (const script of ['deva', 'latn', 'en']) {
      expect(results.filter((r) => r.script === script)).toHaveLength(26);
    }
    for (const r of results) expect(r.cases).toBeGreaterThanOrEqual(8);
  });

  for (const r of results) {
    const name = `${r.functionality} ${r.script}`;
    const bar = r.hateful ? `≥ ${HATEFUL_PASS_BAR * 100}% held` : `≤ ${NOT_HATEFUL_PASS_BAR * 100}% held`;
    const test = BELOW_BAR.has(name) ? it.failing : it;
    test(`${name}: ${bar} (${r.held}/${r.cases})`, () => {
      if (r.hateful) expect(r.share).toBeGreaterThanOrEqual(HATEFUL_PASS_BAR);
      else expect(r.share).toBeLessThanOrEqual(NOT_HATEFUL_PASS_BAR);
    });
  }
});
