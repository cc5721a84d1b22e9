import { CheckResult, DomainDecisions, ModerationPhase, SiteSettings } from '../../types';
import { isNewsOrReferenceHost } from '../../spam/news-domains';
import { isSuspiciousHost, signal } from './links';

export const REPUTATION_LOG_ODDS = {
  /** A domain moderators marked spam (twice here, or on several sites): its next links are strong evidence. */
  flaggedDomain: 2.5,
  /** A domain a moderator approved on this site: the site trusts it. */
  trustedDomain: -1.5,
  /** Links to news and reference sites: readers cite them. Offsets link evidence, never more than this in all. */
  newsLink: -1,
  maxNewsOffset: -1.5,
  /** The same link in other threads or on other sites within the hour. */
  repostedLink: 1.5,
  widelyRepostedLink: 3,
} as const;

/** Moderator spam decisions on one site that flag a domain there. */
const SITE_SPAM_TO_FLAG = 2;
/** Over all sites a domain needs more, and more spam than approvals, so one site's moderator cannot flag it alone. */
const ALL_SITES_SPAM_TO_FLAG = 3;
const REPOSTS_TO_SIGNAL = 2;
const REPOSTS_TO_SIGNAL_STRONGLY = 5;

type Standing = 'trusted' | 'flagged-here' | 'flagged-everywhere' | 'news' | 'unknown';

export function domainStanding(host: string, decisions: DomainDecisions | undefined): Standing {
  if (decisions) {
    if (decisions.siteApproved > 0 && decisions.siteApproved >= decisions.siteSpam) return 'trusted';
    if (decisions.siteSpam >= SITE_SPAM_TO_FLAG) return 'flagged-here';
    if (
      decisions.allSitesSpam >= ALL_SITES_SPAM_TO_FLAG &&
      decisions.allSitesSpam > 2 * decisions.allSitesApproved
    )
      return 'flagged-everywhere';
  }
  return isNewsOrReferenceHost(host) ? 'news' : 'unknown';
}

/**
 * Evidence from what moderators decided about the comment's domains, the shipped news list and reposts of the same
 * link. A comment whose every link is on a flagged domain (moderators' or the site's suspicious list) waits for a
 * moderator at least, whatever its score.
 */
/** The link-shape signals (linkSignals) that a comment citing only news or trusted sites has earned for nothing. */
const LINK_SHAPE_CHECKS = new Set(['link-count', 'bare-link', 'link-density']);

export const linkReputationSignals: ModerationPhase = (comment, { links, site }, state) => {
  const { hosts } = state.text.spam;
  if (hosts.length === 0) return null;
  const unique = [...new Set(hosts)];
  const standings = new Map(unique.map((host) => [host, domainStanding(host, links?.domains[host])]));
  const of = (wanted: Standing[]) => unique.filter((host) => wanted.includes(standings.get(host)!));
  const checks: CheckResult[] = [];

  const flagged = of(['flagged-here', 'flagged-everywhere']);
  if (flagged.length > 0) {
    const where = flagged.some((h) => standings.get(h) === 'flagged-here')
      ? 'on this site'
      : 'on several sites';
    checks.push(
      signal(
        'domain-reputation',
        REPUTATION_LOG_ODDS.flaggedDomain,
        `Moderators marked comments linking to ${flagged.join(', ')} as spam ${where}.`,
      ),
    );
  }
  const trusted = of(['trusted']);
  if (trusted.length > 0) {
    checks.push({
      name: 'domain-trusted',
      verdict: 'pass',
      score: REPUTATION_LOG_ODDS.trustedDomain,
      reason: `A moderator approved a comment linking to ${trusted.join(', ')} on this site.`,
    });
  }
  const news = of(['news']);
  const onlySources = unique.every((host) => ['trusted', 'news'].includes(standings.get(host)!));
  if (news.length > 0 && flagged.length === 0) {
    // Citing only sources: the links' shape (count, bare link) says nothing, so it is taken back as well.
    const shape = onlySources
      ? state.checks.filter((c) => LINK_SHAPE_CHECKS.has(c.name)).reduce((sum, c) => sum + c.score, 0)
      : 0;
    checks.push({
      name: 'news-link',
      verdict: 'pass',
      score: -shape + Math.max(REPUTATION_LOG_ODDS.maxNewsOffset, REPUTATION_LOG_ODDS.newsLink * news.length),
      reason: `It cites news or reference sites (${news.join(', ')}).`,
    });
  }
  const reposts = links?.sameLinkElsewhere ?? 0;
  const ownSources = onlySources;
  if (reposts >= REPOSTS_TO_SIGNAL && !ownSources) {
    checks.push(
      signal(
        'reposted-link',
        reposts >= REPOSTS_TO_SIGNAL_STRONGLY
          ? REPUTATION_LOG_ODDS.widelyRepostedLink
          : REPUTATION_LOG_ODDS.repostedLink,
        `The same link was posted in ${reposts} other threads or sites within the last hour.`,
      ),
    );
  }
  const onlyFlaggedLinks = unique.every(
    (host) => standings.get(host) !== 'trusted' && (flagged.includes(host) || isSuspiciousFor(host, site)),
  );
  if (onlyFlaggedLinks) {
    checks.push({
      name: 'flagged-link',
      verdict: 'hold',
      score: 0,
      reason: `Its only ${unique.length === 1 ? 'link is' : 'links are'} on ${unique.length === 1 ? 'a domain' : 'domains'} flagged as spam (${unique.join(', ')}), so a moderator should look.`,
    });
  }
  return { checks };
};

function isSuspiciousFor(host: string, site: SiteSettings): boolean {
  return isSuspiciousHost(host, site.suspiciousDomains);
}
