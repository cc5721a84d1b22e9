import { CheckResult, ModerationPhase } from '../../types';
import { SUSPICIOUS_DOMAINS, SUSPICIOUS_TLDS, URL_SHORTENERS } from '../../spam/lexicon';
import { BARE_LINK_MAX_WORDS } from '../../spam/model/spam-features';
import { withoutLinks } from '../../text/links';
import { foldedWords } from '../../text/words';

/** Evidence in log-odds. One link is common in real comments; several, or a comment that is mostly links, is not. */
export const LINK_LOG_ODDS = {
  oneLink: 0.8,
  perExtraLink: 0.9,
  maxCount: 3,
  mostlyLinks: 1.2,
  /** At most three words outside the links (instead of mostlyLinks): a bare link, which readers citing a source never post. */
  bareLink: 1.4,
  /** A link beside a plea to follow, subscribe, click or donate, or an offer of money, in a short text. */
  linkWithPlea: 1,
  shortener: 2.2,
  suspiciousHost: 2.2,
  disguisedHost: 3.5,
  /**
   * An address broken up so no link reader sees it ("www dot x dot in", "x(.)com"): hiding it is the evidence. Alone it
   * holds (a reader never writes one, but one slip must not silence); with anything else it silences.
   */
  hiddenLink: 2.5,
} as const;
/** Fewer words than this per link: the text is a wrapper for the link. */
const WORDS_PER_LINK_FOR_DENSITY = 6;
/** Pleas that come with a link in link spam; only counted when the text around the links is short. */
const LINK_PLEA =
  /\b(?:follow\s+(?:me|us|my|this|him|her)|subscribe|sub\s+(?:me|to)|add\s+me|like\s+(?:this|my|our)\s+(?:page|channel|video)|click|check\s+(?:it|this|me|my|us)\s+out|check\s+out\s+my|(?:my|our)\s+(?:channel|page|stream|video|music|song|book|app|project|company)|please\s+(?:help|donate|visit|watch|vote|read|join)|donate|register|sign\s+up|free|money|earn|cash|gift\s*cards?)\b/iu;
const MAX_WORDS_FOR_LINK_PLEA = 12;

export const linkSignals: ModerationPhase = (comment, { site }, state) => {
  const { hosts, disguisedHosts, hiddenLinks, words, text } = state.text.spam;
  const checks: CheckResult[] = [];
  if (hiddenLinks.length > 0) {
    checks.push(
      signal(
        'hidden-link',
        LINK_LOG_ODDS.hiddenLink,
        `It writes a web address broken up so it is not read as a link (${hiddenLinks[0]}).`,
      ),
    );
  }
  if (hosts.length === 0) return checks.length > 0 ? { checks } : null;
  const count = hosts.length;
  checks.push(
    signal(
      'link-count',
      Math.min(LINK_LOG_ODDS.maxCount, LINK_LOG_ODDS.oneLink + (count - 1) * LINK_LOG_ODDS.perExtraLink),
      count === 1 ? 'It contains a link.' : `It contains ${count} links.`,
    ),
  );
  const ownWords = foldedWords(withoutLinks(text)).length;
  if (ownWords <= BARE_LINK_MAX_WORDS) {
    checks.push(
      signal(
        'bare-link',
        LINK_LOG_ODDS.bareLink,
        'It is little more than a link, with almost no words of its own.',
      ),
    );
  } else if (words.length / count < WORDS_PER_LINK_FOR_DENSITY) {
    checks.push(
      signal('link-density', LINK_LOG_ODDS.mostlyLinks, 'It is mostly links, with little text of its own.'),
    );
  }
  if (ownWords <= MAX_WORDS_FOR_LINK_PLEA && LINK_PLEA.test(text)) {
    checks.push(
      signal(
        'link-with-plea',
        LINK_LOG_ODDS.linkWithPlea,
        'It pairs a link with a plea to follow, subscribe, click or donate, or an offer of money.',
      ),
    );
  }
  const shorteners = unique(hosts.filter((host) => URL_SHORTENERS.has(host)));
  if (shorteners.length > 0) {
    checks.push(
      signal(
        'url-shortener',
        LINK_LOG_ODDS.shortener,
        `It hides where a link goes behind a shortener (${shorteners.join(', ')}).`,
      ),
    );
  }
  const suspicious = unique(hosts.filter((host) => isSuspiciousHost(host, site.suspiciousDomains)));
  if (suspicious.length > 0) {
    checks.push(
      signal(
        'suspicious-domain',
        LINK_LOG_ODDS.suspiciousHost,
        `It links to a domain often used for spam (${suspicious.join(', ')}).`,
      ),
    );
  }
  if (disguisedHosts.length > 0) {
    checks.push(
      signal(
        'disguised-link',
        LINK_LOG_ODDS.disguisedHost,
        `A link uses look-alike letters from another alphabet to pass as ${unique(disguisedHosts).join(', ')}.`,
      ),
    );
  }
  return { checks };
};

/** A listed entry matches the host itself, its subdomains, or (".xyz") its TLD. */
export function isSuspiciousHost(host: string, siteList: readonly string[]): boolean {
  const matches = (entry: string) => {
    const e = entry.trim().toLowerCase().replace(/^\*\./, '');
    if (!e) return false;
    if (e.startsWith('.')) return host.endsWith(e);
    return host === e || host.endsWith(`.${e}`);
  };
  return SUSPICIOUS_TLDS.some(matches) || SUSPICIOUS_DOMAINS.some(matches) || siteList.some(matches);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function signal(name: string, score: number, reason: string): CheckResult {
  return { name, verdict: 'signal', score, reason };
}
