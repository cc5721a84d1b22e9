import { spamTokensOf } from '../tokens';
import { spamViewOfText } from '../spam-view';
import { BaseSpamModel, SpamLabel } from './naive-bayes';

export interface LabelledText {
  text: string;
  label: SpamLabel;
  /** How much this example counts (default 1): a set far from comments, like SMS, counts for less. */
  weight?: number;
}

/** Tokens seen in fewer documents than this are dropped from the committed model: they are mostly names and typos. */
export const MIN_TOKEN_DOCUMENTS = 2;

/** Pure and deterministic: the same examples give the same model, with tokens in sorted order. */
export function trainBaseSpamModel(
  examples: readonly LabelledText[],
  minDocuments = MIN_TOKEN_DOCUMENTS,
): BaseSpamModel {
  const counts = new Map<string, [number, number]>();
  const docs = { spam: 0, ham: 0 };
  const tokenTotals = { spam: 0, ham: 0 };
  for (const { text, label, weight = 1 } of examples) {
    const tokens = spamTokensOf(spamViewOfText(text));
    docs[label] += weight;
    tokenTotals[label] += tokens.length * weight;
    for (const token of tokens) {
      const pair = counts.get(token) ?? [0, 0];
      pair[label === 'spam' ? 0 : 1] += weight;
      counts.set(token, pair);
    }
  }
  const tokens: BaseSpamModel['tokens'] = {};
  for (const token of [...counts.keys()].sort()) {
    const pair = counts.get(token)!;
    if (pair[0] + pair[1] >= minDocuments) tokens[token] = [round(pair[0]), round(pair[1])];
  }
  return {
    format: 1,
    docs: { spam: round(docs.spam), ham: round(docs.ham) },
    tokenTotals: { spam: round(tokenTotals.spam), ham: round(tokenTotals.ham) },
    vocabularySize: counts.size,
    tokens,
  };
}

/** Weighted counts are stored to two decimals so the JSON is short and the same on every run. */
function round(count: number): number {
  return Math.round(count * 100) / 100;
}
