/**
 * Characters that render as nothing and are used to split a word past a filter: every Default_Ignorable_Code_Point
 * (soft hyphen, zero-width space, variation selectors, tag characters, U+3164 Hangul filler, U+17B4, U+180B…), the
 * bidi controls and marks (U+061C, U+200E/F, U+202A–E, U+2066–9), and the interlinear annotation controls (U+FFF9–B).
 */
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\ufff9-\ufffb]/gu;
const JOINER = /^[\u200c\u200d]$/;
const VARIATION_SELECTOR = /^[\ufe00-\ufe0f]$/;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Component}|\p{Emoji}/u;

/**
 * The text with every invisible character taken out, except the ones that change what a reader sees: ZWJ/ZWNJ right
 * after a virama (Hindi half forms) or inside an emoji sequence, and a variation selector right after an emoji.
 */
export function stripInvisible(text: string): string {
  return text.replace(IGNORABLE, (c: string, offset: number) => {
    const before = String.fromCodePoint(
      text.codePointAt(offset - 1 >= 0 ? previousStart(text, offset) : 0) ?? 0,
    );
    if (JOINER.test(c) && (before === '\u094d' || (offset > 0 && EMOJI.test(before)))) return c;
    if (VARIATION_SELECTOR.test(c) && offset > 0 && EMOJI.test(before)) return c;
    return '';
  });
}

function previousStart(text: string, offset: number): number {
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
}

/** What intake stores: NFC, no invisible or bidi-control characters, trimmed. */
export function normaliseSubmittedText(text: string): string {
  return stripInvisible(text.normalize('NFC')).trim();
}

/**
 * An author's name as stored and shown: the same, with its spaces collapsed, so "ग\uFE0Fधा" or a name made of Hangul
 * fillers cannot pass as a different or an empty-looking name.
 */
export function normaliseAuthorName(name: string): string {
  return normaliseSubmittedText(name).replace(/\s+/g, ' ');
}
