import { ModerationPhase } from '../types';
import { spamClassifierPhase } from './spam-classifier';
import { authorNameSignals, authorUrlSignals } from './spam/author';
import { authorHistorySignals } from './spam/history';
import { contactSignals } from './spam/contact';
import { linkSignals } from './spam/links';
import { proofOfWorkSignals } from './spam/proof-of-work';
import { promotionAskSignals } from './spam/promotion-ask';
import { linkLookalikeSignals } from './spam/link-lookalike';
import { linkReputationSignals } from './spam/link-reputation';
import { repeatedTextSignals } from './spam/repeated-text';
import { shoutingSignals } from './spam/shouting';
import { spamTopicSignals } from './spam/spam-topics';

/** Every spam signal and the learned model; each adds log-odds to the spam score and never decides alone. */
export const SPAM_PHASES: readonly ModerationPhase[] = [
  linkSignals,
  linkReputationSignals,
  linkLookalikeSignals,
  contactSignals,
  spamTopicSignals,
  promotionAskSignals,
  authorNameSignals,
  authorUrlSignals,
  shoutingSignals,
  repeatedTextSignals,
  authorHistorySignals,
  proofOfWorkSignals,
  spamClassifierPhase,
];
