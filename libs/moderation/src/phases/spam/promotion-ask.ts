import { ModerationPhase } from '../../types';
import { likeFarmingAskIn, linkAskIn, promotionAskIn } from '../../spam/promotion-asks';
import { isNewsOrReferenceHost } from '../../spam/news-domains';
import { withoutLinks } from '../../text/links';
import { signal } from './links';

/**
 * The writer asks readers to subscribe to, visit or watch the writer's own work (spam/promotion-asks.ts): evidence on
 * any video or site, added outside the model. Beside a link of the writer's own (not a news or reference site) the
 * link is where the ask sends the reader, so it counts more; a link alone never does (links.ts, the model's caps).
 */
export const PROMOTION_ASK_LOG_ODDS = { alone: 2.5, withOwnLink: 3.5 } as const;

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
    : `It asks readers to come to the writer's own work ("${ask}").`;
  return { checks: [signal('promotion-ask', score, reason)] };
};
