/**
 * Median cost per comment of language identification plus the abuse lists, beside a baseline measured in the same
 * run (splitting the text into folded words, which any check does). Run: npx ts-node -T bench/language.bench.ts
 * Goal (issue 4): at most 0.1 ms median per comment.
 */
import { abusiveLanguage } from '../libs/moderation/src/phases/abusive-language';
import { findAbusiveWords } from '../libs/moderation/src/abuse/abusive-words';
import { siteSettingsWithDefaults } from '../libs/moderation/src/site-settings';
import { CheckContext } from '../libs/moderation/src/types';
import { aComment, aContext, stateFor } from '../libs/moderation/src/testing/check-fixtures';
import { detectLanguage } from '../libs/moderation/src/language/detect-language';
import { HAND_WRITTEN_SAMPLES } from '../libs/moderation/src/language/hand-written-samples';
import { foldedWords } from '../libs/moderation/src/text/words';

const COMMENTS = [
  ...Object.values(HAND_WRITTEN_SAMPLES).flat(),
  'Bhai ye f.u.c.k wala comment kyu kiya, bilkul bakwas hai yaar!!! 😂😂',
  'तुम पूरे कमीने हो। ऐसी बातें मत लिखो, यह बहुत ग़लत है।',
  'This is one of the longest comments in the sample. It goes on about the article, the author and the policy, and then it repeats itself a few more times, as long comments on news sites often do, so the per-comment cost is not only measured on short text.',
];
const ROUNDS = 41;
const REPEATS = 200;

function medianMicroseconds(work: (text: string) => unknown): number {
  const perComment: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < REPEATS; r++) for (const text of COMMENTS) work(text);
    const elapsed = Number(process.hrtime.bigint() - start) / 1000;
    perComment.push(elapsed / (REPEATS * COMMENTS.length));
  }
  perComment.sort((a, b) => a - b);
  return perComment[Math.floor(perComment.length / 2)];
}

const baseline = medianMicroseconds((text) => foldedWords(text));
const language = medianMicroseconds((text) => detectLanguage(text));
const both = medianMicroseconds((text) => findAbusiveWords(text, detectLanguage(text)));
const context: CheckContext = aContext({
  site: siteSettingsWithDefaults({ id: 'bench' }),
  formToken: { state: 'missing' },
});
// The abuse phase as the pipeline runs it: lists and the learned aggression model, on a fresh comment object.
const withModel = medianMicroseconds((text) => {
  const comment = aComment({ id: 'b', body: text, authorName: 'Reader' });
  return abusiveLanguage(comment, context, stateFor(comment, { language: detectLanguage(text) }));
});

console.log(`comments: ${COMMENTS.length}, rounds: ${ROUNDS} × ${REPEATS}`);
console.log(`baseline foldedWords:           ${baseline.toFixed(2)} µs/comment (median)`);
console.log(`detectLanguage:                 ${language.toFixed(2)} µs/comment (median)`);
console.log(`detectLanguage + abuse lists:   ${both.toFixed(2)} µs/comment (median)`);
console.log(
  `detectLanguage + abuse phase (lists + learned model): ${withModel.toFixed(2)} µs/comment (median; goal ≤ 100 µs)`,
);
