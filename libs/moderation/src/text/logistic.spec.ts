import fc from 'fast-check';
import { DEFAULT_FEATURE_OPTIONS, readableFeature, textFeatures } from './features';
import {
  compileLinearModel,
  fitPlatt,
  linearScore,
  scoreWords,
  scoreWordsWithAndWithout,
  topFeatures,
  topFeaturesOfWords,
  trainLogistic,
} from './logistic';

const examples = [
  { features: ['w:free', 'w:cash'], y: 1 as const },
  { features: ['w:free', 'w:prize'], y: 1 as const },
  { features: ['w:free', 'w:cash', 'w:now'], y: 1 as const },
  { features: ['w:nice', 'w:song'], y: 0 as const },
  { features: ['w:nice', 'w:video'], y: 0 as const },
  { features: ['w:song', 'w:now'], y: 0 as const },
];
const options = {
  l2: 1e-3,
  iterations: 200,
  learningRate: 0.05,
  minDocuments: 2,
  pruneBelow: 0.001,
  maxFeatures: 100,
};

describe('trainLogistic', () => {
  it('separates the classes, the same way on every run, with features in sorted order', () => {
    const json = trainLogistic(examples, options);
    expect(JSON.stringify(trainLogistic(examples, options))).toBe(JSON.stringify(json));
    expect(Object.keys(json.weights)).toEqual([...Object.keys(json.weights)].sort());
    const model = compileLinearModel(json);
    expect(linearScore(model, ['w:free', 'w:cash'])).toBeGreaterThan(0);
    expect(linearScore(model, ['w:nice', 'w:song'])).toBeLessThan(0);
    expect(json.weights['w:prize']).toBeUndefined(); // one document only
  });

  it('weighs an example by its weight', () => {
    const heavy = trainLogistic([...examples, { features: ['w:now'], y: 1, weight: 20 }], options);
    const light = trainLogistic([...examples, { features: ['w:now'], y: 1, weight: 0.01 }], options);
    expect(heavy.weights['w:now']).toBeGreaterThan(light.weights['w:now'] ?? 0);
  });

  it('names the features that pushed the score, strongest first', () => {
    const model = compileLinearModel({ bias: 0, weights: { 'w:a': 2, 'w:b': 1, 'w:c': -1 } });
    expect(topFeatures(model, ['w:b', 'w:a', 'w:c', 'w:z'], 1, 2)).toEqual(['w:a', 'w:b']);
    expect(topFeatures(model, ['w:b', 'w:a', 'w:c'], -1, 2)).toEqual(['w:c']);
    expect(linearScore(model, [])).toBe(0);
  });
});

describe('scoreWords', () => {
  it('gives the score of the full feature list, from memoised per-word sums', () => {
    const model = compileLinearModel({
      bias: -0.5,
      weights: { 'w:my': 0.3, 'b:my channel': 1.2, 'c:cha': 0.4, 'c: ch': -0.1, '<url>': 2, 'c:नल ': 0.7 },
    });
    const words = ['check', 'my', 'channel', 'my', 'चैनल'];
    const expected = linearScore(model, textFeatures(words, ['<url>'], DEFAULT_FEATURE_OPTIONS));
    expect(scoreWords(model, words, ['<url>'], DEFAULT_FEATURE_OPTIONS)).toBeCloseTo(expected, 12);
    // Again, now from the memo.
    expect(scoreWords(model, words, ['<url>'], DEFAULT_FEATURE_OPTIONS)).toBeCloseTo(expected, 12);
    expect(model.wordCache.has('channel')).toBe(true);
    expect(scoreWords(model, [], [], DEFAULT_FEATURE_OPTIONS)).toBe(-0.5);
  });
});

describe('scoreWordsWithAndWithout', () => {
  it('gives, to the last bit, the scores of two scoreWords calls with and without the optional features', () => {
    const model = compileLinearModel({
      bias: -0.5,
      weights: {
        'w:my': 0.3,
        'b:my channel': 1.2,
        'w:channel': 0.1,
        '<url>': 2.3,
        'host:bit.ly': 0.7,
        '<short>': -0.4,
      },
    });
    const noChars = { ...DEFAULT_FEATURE_OPTIONS, charMin: 0, charMax: 0 };
    for (const options of [DEFAULT_FEATURE_OPTIONS, noChars]) {
      for (const words of [[], ['check', 'my', 'channel', 'my', 'चैनल'], ['channel']]) {
        for (const extra of [[], ['<short>']]) {
          const both = scoreWordsWithAndWithout(model, words, extra, ['<url>', 'host:bit.ly'], options);
          expect(both.withOptional).toBe(
            scoreWords(model, words, [...extra, '<url>', 'host:bit.ly'], options),
          );
          expect(both.without).toBe(scoreWords(model, words, extra, options));
        }
      }
    }
  });
});

describe('topFeaturesOfWords', () => {
  const vocabulary = ['my', 'channel', 'check', 'out', 'सब्सक्राइब', 'करें', 'free'];
  const feature = fc.oneof(
    fc.constantFrom(...vocabulary).map((w) => `w:${w}`),
    fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)).map(([a, b]) => `b:${a} ${b}`),
    fc.constantFrom('<url>', '<phone>', 'c:cha', 'c: ch', 'c:नल '),
  );
  // Few distinct weights, so ties (broken by name) are common.
  const weights = fc.dictionary(feature, fc.constantFrom(-1.5, -0.2, 0.3, 0.3, 1.2, 2));
  const options = fc.constantFrom(
    DEFAULT_FEATURE_OPTIONS,
    { ...DEFAULT_FEATURE_OPTIONS, charMin: 0, charMax: 0 },
    {
      ...DEFAULT_FEATURE_OPTIONS,
      maxWords: 3,
    },
  );

  it('names the same features as topFeatures over the whole feature list, in the same order', () => {
    fc.assert(
      fc.property(
        weights,
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }),
        fc.array(fc.constantFrom('<url>', '<phone>', '<short>'), { maxLength: 3 }),
        options,
        fc.constantFrom(1 as const, -1 as const),
        fc.integer({ min: 1, max: 4 }),
        (json, words, extra, featureOptions, sign, count) => {
          const model = compileLinearModel({ bias: 0, weights: json });
          const keep = (f: string) => readableFeature(f) !== null;
          const all = textFeatures(words, extra, featureOptions);
          expect(topFeaturesOfWords(model, words, extra, featureOptions, sign, count, keep)).toEqual(
            topFeatures(model, all, sign, count, keep),
          );
          expect(topFeaturesOfWords(model, words, extra, featureOptions, sign, count)).toEqual(
            topFeatures(model, all, sign, count),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a repeated feature once and breaks a tie by name', () => {
    const model = compileLinearModel({
      bias: 0,
      weights: { 'w:my': 1, 'w:out': 1, 'b:my my': 0.5, 'w:check': 2 },
    });
    const noChars = { ...DEFAULT_FEATURE_OPTIONS, charMin: 0, charMax: 0 };
    expect(topFeaturesOfWords(model, ['out', 'my', 'my', 'my'], [], noChars, 1, 3)).toEqual([
      'w:my',
      'w:out',
      'b:my my',
    ]);
    expect(topFeaturesOfWords(model, ['my', 'check'], [], noChars, 1, 1)).toEqual(['w:check']);
  });
});

describe('fitPlatt', () => {
  it('maps scores to probabilities that rise with the score and match the labels', () => {
    const scores = [-3, -2, -1.5, -1, 0, 0.5, 1, 1.5, 2, 3];
    const labels = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1] as (0 | 1)[];
    const { a, b } = fitPlatt(scores, labels);
    expect(a).toBeGreaterThan(0);
    const p = (s: number) => 1 / (1 + Math.exp(-(a * s + b)));
    expect(p(3)).toBeGreaterThan(0.8);
    expect(p(-3)).toBeLessThan(0.2);
  });
});
