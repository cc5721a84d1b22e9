const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** "madarchod" → "m*******d", "चूतिया" → "चू*या": a moderator sees which word fired without reading it in full. */
export function maskWord(term: string): string {
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
