/** A language's grammar words and their weights. */
export type Weights = Record<string, number>;

/**
 * Every language's table merged into one lookup: a word costs one map probe, not one per language, and a word that
 * names a property every object has ("constructor", "toString") is no entry, as it would be in a plain object.
 */
export function indexWordTables<L extends string>(
  tables: readonly (readonly [L, Weights])[],
): Map<string, [L, number][]> {
  const index = new Map<string, [L, number][]>();
  for (const [language, weights] of tables) {
    for (const [word, weight] of Object.entries(weights)) {
      const entries = index.get(word);
      if (entries) entries.push([language, weight]);
      else index.set(word, [[language, weight]]);
    }
  }
  return index;
}
