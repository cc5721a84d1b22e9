/** A reporter's decided reports on a site: upheld (the comment removed) or not (kept). */
export interface ReporterRecord {
  removed: number;
  kept: number;
}

/** Below this many decided reports, nothing is known about a reporter: full weight. */
export const WEIGHT_AFTER_DECIDED = 3;
/** Even a reporter the moderators always overrule counts a little: four of them hold as much as one reader. */
export const LEAST_WEIGHT = 0.25;

/**
 * How much a reporter counts towards holding a comment. From three decided reports on, the weight is twice the
 * share the moderators upheld, between 0.25 and 1: upheld half the time or more is full weight (moderators keep
 * borderline comments), never upheld is a quarter. Reports are still listed for the moderators at any weight.
 */
export function reporterWeight({ removed, kept }: ReporterRecord): number {
  const decided = removed + kept;
  if (decided < WEIGHT_AFTER_DECIDED) return 1;
  return Math.min(1, Math.max(LEAST_WEIGHT, (2 * removed) / decided));
}

/**
 * The weighted count of distinct readers behind a comment's open reports. Readers behind one address count once (at
 * their highest weight): a reader id is free to mint, so three tokens from one address must not hold a comment.
 */
export function weightedReaders(reports: readonly { ipKey: string; weight: number }[]): number {
  const byAddress = new Map<string, number>();
  for (const { ipKey, weight } of reports) byAddress.set(ipKey, Math.max(byAddress.get(ipKey) ?? 0, weight));
  let total = 0;
  for (const weight of byAddress.values()) total += weight;
  return total;
}
