/**
 * A site's own learning: counts of moderator-labelled comments (approve → ham, spam → spam), turned into naive Bayes
 * evidence that is added to the base model's. The counts are plain JSON, stored per site in PostgreSQL; their shape is
 * the one the first model used, so stored counts stay valid.
 */
export type SpamLabel = 'spam' | 'ham';

/** Counts by label: documents, token occurrences (each token once per document), and per token [spam, ham]. */
export interface SpamCounts {
  docs: { spam: number; ham: number };
  tokenTotals: { spam: number; ham: number };
  tokens: Record<string, [spam: number, ham: number]>;
}

/** A site's own learning from its moderators' approve (ham) and spam decisions. Plain JSON, safe to store. */
export type SiteSpamCounts = SpamCounts;

/** How often a token appears in a comment of either kind before a site says otherwise, and how many comments that
 * belief is worth: a token seen once says little; seen in twenty spam and no approved comment, it says much. */
const BACKGROUND_TOKEN_RATE = 0.02;
const PRIOR_DOCS = 4;
/** "Learned within tens of decisions": three spam marks on one thread's chatter must not silence the next reader. */
const FULL_WEIGHT_DECISIONS = 15;
/** The site's evidence is capped so one site's learning moves a verdict but never drowns every other check. */
export const MAX_SITE_LOG_ODDS = 6;

export function emptySpamCounts(): SiteSpamCounts {
  return { docs: { spam: 0, ham: 0 }, tokenTotals: { spam: 0, ham: 0 }, tokens: {} };
}

/** Pure: the counts with one more labelled document. `tokens` comes from `tokensForLearning(comment)`. */
export function addLabelledTokens(
  counts: SiteSpamCounts,
  tokens: readonly string[],
  label: SpamLabel,
): SiteSpamCounts {
  const index = label === 'spam' ? 0 : 1;
  const unique = new Set(tokens);
  const next: SiteSpamCounts = {
    docs: { ...counts.docs, [label]: counts.docs[label] + 1 },
    tokenTotals: { ...counts.tokenTotals, [label]: counts.tokenTotals[label] + unique.size },
    tokens: { ...counts.tokens },
  };
  for (const token of unique) {
    const pair: [number, number] = [...(countsOf(next.tokens, token) ?? [0, 0])] as [number, number];
    pair[index] += 1;
    next.tokens[token] = pair;
  }
  return next;
}

/**
 * Bernoulli naive Bayes over the tokens the site has labelled. For each such token in the comment,
 * log P(token | spam) − log P(token | ham), each estimated with a background prior (a token is in about 2 % of
 * comments of either kind) so that a site whose moderators have only marked spam so far still learns: with add-½
 * smoothing alone, twenty spam decisions and no approvals gave each token just log 2. The sum is divided by the
 * square root of the comment's token count (correlated tokens), then scaled by how much of the comment the site has
 * seen at all: a near-copy of learned spam gets the full weight, an ordinary comment sharing a word or two with it
 * almost none. Capped. Returns the evidence and the tokens that weighed most for spam.
 */
export function siteEvidence(
  site: SiteSpamCounts | null,
  tokens: readonly string[],
): { logOdds: number; topTokens: string[] } {
  if (!site || site.docs.spam + site.docs.ham === 0 || tokens.length === 0)
    return { logOdds: 0, topTokens: [] };
  const prior = BACKGROUND_TOKEN_RATE * PRIOR_DOCS;
  let sum = 0;
  let known = 0;
  const weighed: [string, number][] = [];
  for (const token of tokens) {
    const pair = countsOf(site.tokens, token);
    if (!pair) continue;
    const llr =
      Math.log((pair[0] + prior) / (site.docs.spam + PRIOR_DOCS)) -
      Math.log((pair[1] + prior) / (site.docs.ham + PRIOR_DOCS));
    sum += llr;
    known += 1;
    weighed.push([token, llr]);
  }
  if (known === 0) return { logOdds: 0, topTokens: [] };
  const coverage = known / tokens.length;
  // A handful of decisions is an anecdote: the site's weight ramps in over its first FULL_WEIGHT_DECISIONS.
  const confidence = Math.min(1, (site.docs.spam + site.docs.ham) / FULL_WEIGHT_DECISIONS);
  const scaled = (sum / Math.sqrt(tokens.length)) * coverage * confidence;
  const logOdds = Math.max(-MAX_SITE_LOG_ODDS, Math.min(MAX_SITE_LOG_ODDS, scaled));
  const topTokens = weighed
    .filter(([, llr]) => llr > 0.5)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([token]) => token);
  return { logOdds, topTokens };
}

/**
 * Reads stored counts defensively (older rows, hand-edited JSON): anything malformed becomes empty, never a crash.
 */
export function readSiteSpamCounts(value: unknown): SiteSpamCounts {
  const counts = emptySpamCounts();
  if (!value || typeof value !== 'object') return counts;
  const v = value as Partial<SpamCounts>;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
  counts.docs = { spam: num(v.docs?.spam), ham: num(v.docs?.ham) };
  counts.tokenTotals = { spam: num(v.tokenTotals?.spam), ham: num(v.tokenTotals?.ham) };
  if (v.tokens && typeof v.tokens === 'object') {
    for (const [token, pair] of Object.entries(v.tokens)) {
      if (Array.isArray(pair) && pair.length === 2) counts.tokens[token] = [num(pair[0]), num(pair[1])];
    }
  }
  return counts;
}

/** Own properties only: a comment saying "constructor" must not read Object.prototype. */
function countsOf(tokens: SpamCounts['tokens'], token: string): [number, number] | undefined {
  return Object.hasOwn(tokens, token) ? tokens[token] : undefined;
}
