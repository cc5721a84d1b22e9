import { TermMatcher } from '../../text/term-matcher';
import { ModerationPhase } from '../../types';
import { SPAM_TOPIC_TERMS } from '../../spam/lexicon';
import { isNewsOrReferenceHost } from '../../spam/news-domains';
import { PITCH_ASKS, WEB_SPAM_FAMILIES, WEB_SPAM_FAMILY_LABELS } from '../../spam/web-spam-families';
import { signal } from './links';
import { sellersTermsIn } from '../../spam/model/pitch-terms';
import { warnsOfScam } from '../../spam/model/reader-terms';
import { phoneNumbersIn } from '../../spam/tokens';

/**
 * Talking about a trade is not spam; pushing it is, so one topic is mild and a phone or link must add the rest. A
 * topic beside a link of the comment's own (not a news site) is a pitch: that evidence sits outside the model's link
 * cap, which is what kept pharma, tips and form-fee spam with a link published before (issue 13).
 */
export const SPAM_TOPIC_LOG_ODDS = {
  oneTopic: 1.2,
  perExtraTerm: 0.5,
  max: 2.2,
  withOwnLink: 2,
  /** A topic beside a seller's ask ("DM karo", "अभी मंगाएं", "meri website"): a pitch without a link or phone. */
  withAsk: 1.5,
  /**
   * A topic named in a warning ("KBC lottery ka whatsapp aaye to fake hai", "loan app ke chakkar me fasa raha, bachke
   * rehna") with no phone, link of its own or ask beside it: a reader telling others about a scam, not selling one.
   */
  inWarning: 0.4,
} as const;
/** The lexicon's topics and the web-spam families; a family that shares a topic's name adds to its terms. */
const ALL_TOPIC_TERMS: Record<string, readonly string[]> = { ...SPAM_TOPIC_TERMS };
for (const [topic, terms] of Object.entries(WEB_SPAM_FAMILIES))
  ALL_TOPIC_TERMS[topic] = [...(ALL_TOPIC_TERMS[topic] ?? []), ...terms];

const TOPIC_LABELS: Record<string, string> = {
  betting: 'betting',
  loans: 'instant loans',
  earnings: 'easy earnings',
  astrology: 'astrology and black-magic services',
  cures: 'miracle cures',
  ...WEB_SPAM_FAMILY_LABELS,
};
/** One matcher over every topic's terms (one pass over the words), and each term's topics. */
const TOPICS_OF = new Map<string, string[]>();
for (const [topic, terms] of Object.entries(ALL_TOPIC_TERMS)) {
  for (const term of terms) TOPICS_OF.set(term, [...(TOPICS_OF.get(term) ?? []), topic]);
}
const matcher = new TermMatcher([...TOPICS_OF.keys()]);
const askMatcher = new TermMatcher(PITCH_ASKS);
const TOPIC_ORDER = Object.keys(ALL_TOPIC_TERMS);

export const spamTopicSignals: ModerationPhase = (comment, _context, state) => {
  const { words, hosts, text, hiddenLinks } = state.text.spam;
  const textWords = words.map((word) => ({ word, squeezed: null }));
  const byTopic = new Map<string, string[]>();
  for (const { term } of matcher.findInMatchWords(textWords)) {
    for (const topic of TOPICS_OF.get(term) ?? []) byTopic.set(topic, [...(byTopic.get(topic) ?? []), term]);
  }
  const found = TOPIC_ORDER.filter((topic) => byTopic.has(topic)).map((topic) => ({
    topic,
    terms: byTopic.get(topic)!,
  }));
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
  // An address written broken up ("x dot in") is the writer's own link too: no reader hides a news site's.
  const ownLinks = [...hosts.filter((host) => !isNewsOrReferenceHost(host)), ...hiddenLinks];
  // The seller's terms (pay after the result, write to me privately, a price per link) are an ask too: a pitch
  // without a link or phone states its deal, and the model alone weighs it thinly in a long pitch (sixth pass).
  const ask = askMatcher.findInMatchWords(textWords)[0]?.term ?? sellersTermsIn(text);
  if (ownLinks.length === 0 && !ask && warnsOfScam(text) && !hasPhoneNumber(text)) {
    return {
      checks: [
        signal('spam-topic', SPAM_TOPIC_LOG_ODDS.inWarning, `It warns about ${topics} (${examples}).`),
      ],
    };
  }
  const checks = [signal('spam-topic', score, `It advertises ${topics} (${examples}).`)];
  if (ownLinks.length > 0) {
    checks.push(
      signal(
        'topic-with-link',
        SPAM_TOPIC_LOG_ODDS.withOwnLink,
        `It pushes ${topics} with a link to follow (${ownLinks[0]}).`,
      ),
    );
  }
  if (ask) {
    checks.push(
      signal(
        'topic-with-ask',
        SPAM_TOPIC_LOG_ODDS.withAsk,
        `It pushes ${topics} and asks to act ("${ask}").`,
      ),
    );
  }
  return { checks };
};

/** Any number a seller gives, spaced or masked ones included (spam batch 3). */
function hasPhoneNumber(text: string): boolean {
  return phoneNumbersIn(text).length > 0;
}
