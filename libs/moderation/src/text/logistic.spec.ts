import { DEFAULT_FEATURE_OPTIONS, textFeatures } from './features';
import {
  compileLinearModel,
  fitPlatt,
  linearScore,
  scoreWords,
  topFeatures,
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
