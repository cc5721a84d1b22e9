const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Masked forms by term: the terms are the lexicon's (a few thousand), and detectAbuse masks each hit's term as it
 * reads it, often the same one several times in a comment; segmenting graphemes is what costs.
 */
const masked = new Map<string, string>();
const MAX_MASKED = 10_000;

/** "madarchod" → "m*******d", "चूतिया" → "चू*या": a moderator sees which word fired without reading it in full. */
export function maskWord(term: string): string {
  let mask = masked.get(term);
  if (mask === undefined) {
    if (masked.size >= MAX_MASKED) masked.clear();
    masked.set(term, (mask = maskOf(term)));
  }
  return mask;
}

function maskOf(term: string): string {
  const single = !term.includes(' ');
  return term
    .split(' ')
    .map((word) => {
      const graphemes = [...segmenter.segment(word)].map((s) => s.segment);
      if (graphemes.length < 2) return word;
      if (graphemes.length === 2) return single ? `${graphemes[0]}*` : word;
      return graphemes[0] + '*'.repeat(graphemes.length - 2) + graphemes[graphemes.length - 1];
    })
    .join(' ');
}
