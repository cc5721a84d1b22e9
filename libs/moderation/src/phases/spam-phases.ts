import { ModerationPhase } from '../types';
import { spamClassifierPhase } from './classifier-phase';
import { authorNameSignals, authorUrlSignals } from './signals/author';
import { authorHistorySignals } from './signals/history';
import { contactSignals } from './signals/contact';
import { linkSignals } from './signals/links';
import { proofOfWorkSignals } from './signals/proof-of-work';
import { linkLookalikeSignals } from './signals/link-lookalike';
import { linkReputationSignals } from './signals/link-reputation';
import { repeatedTextSignals } from './signals/repeated-text';
import { shoutingSignals } from './signals/shouting';
import { spamTopicSignals } from './signals/spam-topics';

/** Every spam signal and the learned model; each adds log-odds to the spam score and never decides alone. */
export const SPAM_PHASES: readonly ModerationPhase[] = [
  linkSignals,
  linkReputationSignals,
  linkLookalikeSignals,
  contactSignals,
  spamTopicSignals,
  authorNameSignals,
  authorUrlSignals,
  shoutingSignals,
  repeatedTextSignals,
  authorHistorySignals,
  proofOfWorkSignals,
  spamClassifierPhase,
];
