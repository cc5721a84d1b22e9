/** Characters that render as nothing and are used to split a word past a filter. ZWJ/ZWNJ are kept: Hindi uses them. */
const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;
/** Bidi controls: they can reorder how a name or body reads without changing what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/** What intake stores: NFC, no invisible or bidi-control characters, trimmed. */
export function normaliseSubmittedText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(BIDI_CONTROLS, '').trim();
}
