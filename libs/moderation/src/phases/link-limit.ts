import { isNewsOrReferenceHost } from '../spam/news-domains';
import { domainStanding } from './spam/link-reputation';
import { ModerationPhase } from '../types';

/**
 * WordPress semantics: a comment with at least `maxLinks` links waits for a moderator (0 turns the check off).
 * Links to news and reference sites, and to domains a moderator approved on the site, do not count: a reader citing
 * four reports is not a link farm (issue 13).
 */
export const linkLimit: ModerationPhase = (_comment, { site, links }, state) => {
  if (site.maxLinks <= 0) return null;
  const counted = state.text.links.filter(
    (host) => !isNewsOrReferenceHost(host) && domainStanding(host, links?.domains[host]) !== 'trusted',
  );
  const count = counted.length;
  if (count < site.maxLinks) return null;
  return {
    checks: [
      {
        name: 'links',
        verdict: 'hold',
        score: 0,
        reason: `It has ${count} link${count === 1 ? '' : 's'} (not counting news and reference sites); this site's link limit holds at ${site.maxLinks} or more.`,
      },
    ],
  };
};
