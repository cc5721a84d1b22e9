import { readingOf, SentenceReading } from '../abuse/detect-abuse';
import { SpamView, spamViewOfText } from '../spam/spam-view';
import { findLinks } from '../text/links';
import { MatchWord, matchWords } from '../text/match-form';
import { CommentUnderCheck } from '../types';

/**
 * The comment's text, read once per `moderate()` and handed to every phase (PipelineState.text): several phases need
 * the same folded words, links and sentences, and reading them once here replaces the caches that each reader kept.
 */
export interface TextView {
  /** The spam checks' reading: NFKC, invisible characters gone, look-alike letters folded, words and link hosts. */
  spam: SpamView;
  /** The link hosts of the body as written (the link limit counts these). */
  links: string[];
  /** The body's sentences, each with its words and the abuse lexicon's hits, with and without what it quotes. */
  sentences: readonly SentenceReading[];
  /**
   * The author's name and the body in match form, for the site's blocked and held terms: split on first reading,
   * since most sites list no terms and never read it.
   */
  readonly termWords: readonly MatchWord[];
}

export function textViewOf(comment: CommentUnderCheck): TextView {
  let termWords: readonly MatchWord[] | undefined;
  return {
    spam: spamViewOfText(comment.body),
    links: findLinks(comment.body),
    sentences: readingOf(comment.body),
    get termWords() {
      return (termWords ??= matchWords(`${comment.authorName}\n${comment.body}`));
    },
  };
}
