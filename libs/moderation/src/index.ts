export * from './types';
export * from './site-settings';
export { moderate } from './pipeline/pipeline';
export { decide, spamScoreOf } from './pipeline/decide';
export { MODERATION_PHASES } from './pipeline/phases';
export { words, foldedWords } from './text/words';
export { normaliseSubmittedText } from './text/normalise';
export { TermMatcher } from './text/term-matcher';
export { findLinks, hostOf } from './text/links';
