import { TermMatcher } from '../../text/term-matcher';
import { ModerationPhase } from '../../types';
import { SPAM_TOPIC_TERMS } from '../lexicon';
import { spamViewOf } from '../spam-view';
import { signal } from './links';

/** Talking about a trade is not spam; pushing it is, so one topic is mild and a phone or link must add the rest. */
export const SPAM_TOPIC_LOG_ODDS = { oneTopic: 1.2, perExtraTerm: 0.5, max: 2.2 } as const;

const TOPIC_LABELS: Record<string, string> = {
  betting: 'betting',
  loans: 'instant loans',
  earnings: 'easy earnings',
  astrology: 'astrology and black-magic services',
  cures: 'miracle cures',
};
const matchers = Object.entries(SPAM_TOPIC_TERMS).map(([topic, terms]) => ({
  topic,
  matcher: new TermMatcher(terms),
}));

export const spamTopicSignals: ModerationPhase = (comment) => {
  const { words } = spamViewOf(comment);
  const found: { topic: string; terms: string[] }[] = [];
  for (const { topic, matcher } of matchers) {
    const terms = matcher.findInWords(words).map((m) => m.term);
    if (terms.length > 0) found.push({ topic, terms });
  }
  if (found.length === 0) return null;
  const termCount = found.reduce((n, f) => n + f.terms.length, 0);
  const score = Math.min(
    SPAM_TOPIC_LOG_ODDS.max,
    SPAM_TOPIC_LOG_ODDS.oneTopic + (termCount - 1) * SPAM_TOPIC_LOG_ODDS.perExtraTerm,
  );
  const topics = found.map((f) => TOPIC_LABELS[f.topic]).join(' and ');
  const examples = found
    .flatMap((f) => f.terms)
    .slice(0, 3)
    .map((t) => `"${t}"`)
    .join(', ');
  return { checks: [signal('spam-topic', score, `It advertises ${topics} (${examples}).`)] };
};
