import { ModerationPhase } from '../../types';
import { COMMERCIAL_NAME_WORDS } from '../../spam/lexicon';
import { foldedHost, spamViewOfText } from '../../spam/spam-view';
import { PHONE_NUMBER } from '../../spam/tokens';
import { signal } from './links';

export const AUTHOR_LOG_ODDS = {
  nameIsLink: 2.5,
  nameIsPitch: 1.8,
  authorUrlMatchesBody: 1.5,
} as const;

/** Compiled once: a non-global copy, since a /g regex's test() keeps state between calls. */
const ONE_PHONE_NUMBER = new RegExp(PHONE_NUMBER.source, 'u');
const SCHEME = /https?:\/\//i;

/** A name that is a link, a phone number or a string of sales words is advertising, not a person. */
export const authorNameSignals: ModerationPhase = (comment) => {
  const view = spamViewOfText(comment.authorName);
  const name = view.text;
  if (!name) return null;
  if (view.hosts.length > 0 || SCHEME.test(name)) {
    return {
      checks: [signal('author-name', AUTHOR_LOG_ODDS.nameIsLink, 'The author name is a web address.')],
    };
  }
  if (ONE_PHONE_NUMBER.test(name)) {
    return {
      checks: [signal('author-name', AUTHOR_LOG_ODDS.nameIsLink, 'The author name is a phone number.')],
    };
  }
  const nameWords = view.words;
  const pitch = nameWords.filter((word) => COMMERCIAL_NAME_WORDS.has(word));
  if (pitch.length >= 2 || (pitch.length === 1 && nameWords.length >= 3)) {
    return {
      checks: [
        signal(
          'author-name',
          AUTHOR_LOG_ODDS.nameIsPitch,
          `The author name reads like an advert ("${name.slice(0, 60)}").`,
        ),
      ],
    };
  }
  return null;
};

/** The author's own website linked again from the body is promotion of that site. */
export const authorUrlSignals: ModerationPhase = (comment, _context, state) => {
  if (!comment.authorUrl) return null;
  const { host } = foldedHost(comment.authorUrl);
  if (!host) return null;
  const sameSite = (other: string) =>
    other === host || other.endsWith(`.${host}`) || host.endsWith(`.${other}`);
  if (!state.text.spam.hosts.some(sameSite)) return null;
  return {
    checks: [
      signal(
        'author-url',
        AUTHOR_LOG_ODDS.authorUrlMatchesBody,
        `The body links to the author's own website (${host}).`,
      ),
    ],
  };
};
