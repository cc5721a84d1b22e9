import { ModerationPhase } from '../types';
import { spamClassifierPhase } from './classifier-phase';
import { authorHistorySignals, authorNameSignals, authorUrlSignals } from './signals/author';
import { contactSignals } from './signals/contact';
import { linkSignals } from './signals/links';
import { repeatedTextSignals } from './signals/repeated-text';
import { shoutingSignals } from './signals/shouting';
import { spamTopicSignals } from './signals/spam-topics';

/** Every spam signal and the learned model; each adds log-odds to the spam score and never decides alone. */
export const SPAM_PHASES: readonly ModerationPhase[] = [
  linkSignals,
  contactSignals,
  spamTopicSignals,
  authorNameSignals,
  authorUrlSignals,
  shoutingSignals,
  repeatedTextSignals,
  authorHistorySignals,
  spamClassifierPhase,
];
