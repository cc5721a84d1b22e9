import { ModerationPhase } from '../types';
import { abusiveLanguage } from './abusive-language';
import { languageDetection, languagePolicy } from './language-policy';
import { authorStanding } from './author-standing';
import { bodyLength } from './body-length';
import { formTiming } from './form-timing';
import { honeypot } from './honeypot';
import { linkLimit } from './link-limit';
import { premoderation } from './premoderation';
import { replyParent } from './reply-parent';
import { siteTerms } from './site-terms';
import { SPAM_PHASES } from './spam-phases';
import { networkHistorySignals } from './spam/history';

/**
 * The phases in the order they run. Later phases may read what earlier ones found (PipelineState), e.g. the
 * language policy reads the detected language; every phase reads the comment's text from PipelineState.text, read
 * once by moderate(). Each phase is pure and has a spec beside it (the spam signals share spam/signals.spec.ts and
 * spam/link-reputation.spec.ts; language detection is in language-policy.spec.ts).
 */
export const MODERATION_PHASES: readonly ModerationPhase[] = [
  languageDetection,
  languagePolicy,
  abusiveLanguage,
  bodyLength,
  authorStanding,
  honeypot,
  formTiming,
  ...SPAM_PHASES,
  linkLimit,
  siteTerms,
  replyParent,
  premoderation,
  // Last: it reads every other phase's score, so a shared address's history can never be what silences a comment.
  networkHistorySignals,
];
