import { ModerationPhase } from '../types';

/** Below this the model's opinion is shown to moderators only as a score, not as a reason. */
const SHOWN_AS_REASON_ABOVE = 1;

/** Runs the site's classifier (base model plus its learning). No classifier, no opinion. */
export const spamClassifierPhase: ModerationPhase = (comment, { spamClassifier }, state) => {
  if (!spamClassifier) return null;
  const { logOdds, topTokens } = spamClassifier.classify(comment, state.text.spam);
  const score = Math.round(logOdds * 1000) / 1000;
  if (score > SHOWN_AS_REASON_ABOVE) {
    return {
      checks: [
        {
          name: 'spam-model',
          verdict: 'signal',
          score,
          reason: `Its wording resembles spam this site has seen (${topTokens.map(describeToken).join(', ')}).`,
        },
      ],
    };
  }
  return {
    checks: [
      { name: 'spam-model', verdict: 'pass', score, reason: 'Its wording reads like ordinary comments.' },
    ],
  };
};

const LINK_KIND_WORDS: Record<string, string> = {
  social: 'a link to an account on a social platform',
  post: 'a link to a social media post',
  video: 'a link to a video',
  fundraiser: 'a link to a fundraiser',
  shop: 'a link to a shop listing',
  referral: 'a link with a referral code',
  locker: 'a link to a paid redirect or download site',
};

/** Tokens as a moderator reads them: "a phone number" rather than "<phone>". */
export function describeToken(token: string): string {
  if (token === '<phone>') return 'a phone number';
  if (token === '<link>' || token === '<url>') return 'a link';
  if (token === '<urls>') return 'several links';
  if (token === '<channel-plea>') return 'a plea to subscribe, like or visit';
  if (token === '<giveaway>') return 'an offer of money or prizes';
  if (token === '<bare-link>') return 'a link with almost no words of its own';
  if (token === '<subscribers>') return 'talk of subscribers';
  if (token === '<like-plea>') return 'a plea for likes';
  if (token === '<self-promotion>') return 'the writer promoting their own work';
  if (token === '<new-creator>') return 'a newcomer presenting their own work';
  if (token === '<look-plea>') return 'an invitation to go and look elsewhere';
  if (token === '<pay-after>') return 'payment promised only after the result';
  if (token === '<reply-ask>') return 'an ask to message the writer privately';
  if (token === '<unit-price>') return 'a price per link, post or follower';
  if (token === '<scam-warning>') return 'a warning about a scam';
  if (token === '<helpline>') return 'a public helpline number';
  const kind = /^<link:(\w+)>$/.exec(token);
  if (kind) return LINK_KIND_WORDS[kind[1]] ?? 'a link';
  if (token === '<short>') return 'very few words';
  if (token === '<long>') return 'a very long text';
  if (token === '<code>') return 'a long code';
  const number = /^<num(\d*)>$/.exec(token);
  if (number) return number[1] ? `a ${number[1]}-digit number` : 'a number';
  const host = /^(?:author-)?host:(.+)$/.exec(token);
  if (host) return `a link to ${host[1]}`;
  const tld = /^tld:(.+)$/.exec(token);
  if (tld) return `a ${tld[1]} address`;
  return `"${token}"`;
}
