import { ModerationPhase } from '../../types';
import { likeFarmingAskIn, linkAskIn, promotionAskIn } from '../../spam/promotion-asks';
import { isNewsOrReferenceHost } from '../../spam/news-domains';
import { withoutLinks } from '../../text/links';
import { signal } from './links';

/**
 * The writer asks readers to subscribe to, visit or watch the writer's own work (spam/promotion-asks.ts): evidence on
 * any video or site, added outside the model. Beside a link of the writer's own (not a news or reference site) the
 * link is where the ask sends the reader, so it counts more; a link alone never does (links.ts, the model's caps).
 *
 * The asks (like-farming included) meet 276 YouTube spam rows and no ham there, in the team corpora, the plain
 * readers or the news readers, so the ask outweighs the prior: with a model that reads the wording as neutral it
 * silences, and only a model sure the words are ordinary (below −0.6) keeps it at a hold. Chosen on the
 * leave-one-video-out rotation (alone 2.5 / 3.0 / 3.5 / 4.0: pooled F1 0.882 / 0.883 / 0.886 / 0.888, ham unchanged);
 * 4.0 would override a model down to −1.1, so 3.5. Beside the writer's own link it stays the stronger ask (4; no
 * rotation row moved between 3.5 and 4 there). docs/quality.md, eighth pass.
 */
export const PROMOTION_ASK_LOG_ODDS = { alone: 3.5, withOwnLink: 4 } as const;

export const promotionAskSignals: ModerationPhase = (_comment, _context, state) => {
  const { text, hosts } = state.text.spam;
  const words = hosts.length > 0 ? withoutLinks(text) : text;
  const ownLink = hosts.find((host) => !isNewsOrReferenceHost(host));
  const ask = promotionAskIn(words) ?? (ownLink ? linkAskIn(words) : null);
  if (!ask) {
    const likes = likeFarmingAskIn(words);
    if (!likes) return null;
    return {
      checks: [
        signal(
          'like-farming',
          PROMOTION_ASK_LOG_ODDS.alone,
          `It asks for likes on the comment itself ("${likes}").`,
        ),
      ],
    };
  }
  const score = ownLink ? PROMOTION_ASK_LOG_ODDS.withOwnLink : PROMOTION_ASK_LOG_ODDS.alone;
  const reason = ownLink
    ? `It pairs a promoter's ask ("${ask}") with a link of its own to follow (${ownLink}).`
    : `It asks readers to come and watch, follow or subscribe to what it promotes ("${ask}").`;
  return { checks: [signal('promotion-ask', score, reason)] };
};
