/** The three tiers of an abuse list: severe → reject, strong → hold, mild → signal only. */
export interface AbuseTiers {
  severe: string[];
  strong: string[];
  mild: string[];
}
