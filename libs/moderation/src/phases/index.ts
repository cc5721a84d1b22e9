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
 * language policy reads the detected language. Each phase is pure and runs on hand-built contexts in the specs;
 * not every phase has a spec of its own yet (body length, a banned author, some form-timing cases).
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
