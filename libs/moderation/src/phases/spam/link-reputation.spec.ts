import { moderate } from '../../pipeline/pipeline';
import { linkLimit } from '../link-limit';
import { siteSettingsWithDefaults } from '../../site-settings';
import { DomainDecisions, LinkHistory } from '../../types';
import { linkKeysOf } from '../../spam/link-keys';
import { isNewsOrReferenceHost } from '../../spam/news-domains';
import { aComment, aContext, checksOf } from '../../testing/check-fixtures';
import { isLookalikeHost, linkLookalikeSignals } from './link-lookalike';
import { linkReputationSignals } from './link-reputation';

const decisions = (over: Partial<DomainDecisions>): DomainDecisions => ({
  siteSpam: 0,
  siteApproved: 0,
  allSitesSpam: 0,
  allSitesApproved: 0,
  ...over,
});
const history = (domains: Record<string, DomainDecisions>, sameLinkElsewhere = 0): LinkHistory => ({
  domains,
  sameLinkElsewhere,
});
const reader = (body: string) => aComment({ body, authorName: 'Suresh' });
const names = (checks: { name: string }[]) => checks.map((c) => c.name);

describe('domain reputation learned from moderators (issue 13)', () => {
  const post = reader('Is bare mein yahan bhi likha hai www.rozgar-samachar-live.in/update');

  it('makes a domain marked spam twice on the site spam evidence, and a comment whose only link is there is held', () => {
    const once = moderate(
      post,
      aContext({ links: history({ 'rozgar-samachar-live.in': decisions({ siteSpam: 1 }) }) }),
    );
    expect(once.verdict).toBe('publish');
    const twice = moderate(
      post,
      aContext({ links: history({ 'rozgar-samachar-live.in': decisions({ siteSpam: 2 }) }) }),
    );
    expect(twice.verdict).not.toBe('publish');
    expect(twice.reasons).toContain(
      'Moderators marked comments linking to rozgar-samachar-live.in as spam on this site.',
    );
    expect(twice.checks.find((c) => c.name === 'flagged-link')?.verdict).toBe('hold');
  });

  it("needs more than one site's say to flag a domain everywhere", () => {
    const one = checksOf(
      linkReputationSignals,
      post,
      aContext({ links: history({ 'rozgar-samachar-live.in': decisions({ allSitesSpam: 2 }) }) }),
    );
    expect(names(one)).not.toContain('domain-reputation');
    const many = checksOf(
      linkReputationSignals,
      post,
      aContext({ links: history({ 'rozgar-samachar-live.in': decisions({ allSitesSpam: 4 }) }) }),
    );
    expect(many[0].reason).toMatch(/on several sites/);
  });

  it('trusts a domain a moderator approved on this site, even one on the suspicious list', () => {
    const local = reader('Hamare shahar ki poori list yahan hai: https://indore-events.top/list');
    const unknown = moderate(local, aContext());
    expect(unknown.checks.find((c) => c.name === 'flagged-link')?.verdict).toBe('hold');
    const approved = moderate(
      local,
      aContext({ links: history({ 'indore-events.top': decisions({ siteApproved: 1 }) }) }),
    );
    expect(approved.checks.find((c) => c.name === 'flagged-link')).toBeUndefined();
    expect(approved.checks.find((c) => c.name === 'domain-trusted')?.score).toBeLessThan(0);
  });

  it('holds "बहुत अच्छा लेख! मेरी वेबसाइट भी देखें" with a link on a flagged domain', () => {
    const outcome = moderate(
      reader('बहुत अच्छा लेख! मेरी वेबसाइट भी देखें http://cheap-loans-india.top/apply'),
      aContext({
        site: siteSettingsWithDefaults({ id: 'demo', suspiciousDomains: ['cheap-loans-india.top'] }),
      }),
    );
    expect(['hold', 'spam']).toContain(outcome.verdict);
    expect(outcome.reasons.join(' ')).toMatch(/flagged as spam \(cheap-loans-india\.top\)/);
  });

  it('counts the same link across threads and sites within the hour, but not a news link readers share', () => {
    expect(names(checksOf(linkReputationSignals, post, aContext({ links: history({}, 6) })))).toContain(
      'reposted-link',
    );
    const news = reader('Poori khabar: https://www.thehindu.com/news/national/article123.ece');
    expect(names(checksOf(linkReputationSignals, news, aContext({ links: history({}, 30) })))).not.toContain(
      'reposted-link',
    );
  });
});

describe('news and reference links', () => {
  it('knows major news, reference and government sites, and their subdomains', () => {
    for (const host of ['bbc.com', 'hindi.news18.com', 'en.wikipedia.org', 'pib.gov.in', 'uidai.gov.in']) {
      expect(isNewsOrReferenceHost(host)).toBe(true);
    }
    expect(isNewsOrReferenceHost('homejobs.biz')).toBe(false);
    expect(isNewsOrReferenceHost('bbc.com.homejobs.biz')).toBe(false);
  });

  it('publishes "More reading:" with four news links: the links neither hold nor silence it', () => {
    const outcome = moderate(
      reader(
        'More reading: https://www.thehindu.com/news/national/ https://indianexpress.com/section/india/ https://www.bbc.com/news/world-asia-india https://www.reuters.com/world/india/',
      ),
      aContext({ site: siteSettingsWithDefaults({ id: 'demo', languages: ['hi', 'en'] }) }),
    );
    expect(outcome.verdict).toBe('publish');
  });

  it("does not count news links toward the site's link limit, but counts others", () => {
    const news = reader(
      'Dono reports dekhiye https://www.bbc.com/hindi/india-1 aur https://www.ndtv.com/india-news/x',
    );
    expect(checksOf(linkLimit, news)).toEqual([]);
    const own = reader('Dono dekhiye https://myshop-deals.in/a aur https://bestprice-deals.in/b');
    expect(names(checksOf(linkLimit, own))).toEqual(['links']);
  });
});

describe('look-alike, IDN and "see how at" links', () => {
  it('tells hosts dressed as banks, wallets and news brands from their real domains', () => {
    for (const host of ['sbi-kyc-update.in', 'paytm-refund.com', 'thehlndu.com', 'ndtv-live.top']) {
      expect(isLookalikeHost(host)).toBe(true);
    }
    for (const host of ['onlinesbi.sbi', 'paytm.com', 'thehindu.com', 'docs.google.com', 'myblog.in']) {
      expect(isLookalikeHost(host)).toBe(false);
    }
  });

  it('notices punycode hosts and text that points readers at a link of its own', () => {
    const idn = checksOf(linkLookalikeSignals, reader('Offer yahan dekho http://xn--pple-43d.com/deal'));
    expect(names(idn)).toContain('idn-domain');
    const pointer = checksOf(
      linkLookalikeSignals,
      reader('Great article! I made $5000 last month working from home, see how at www.homejobs.biz'),
    );
    expect(names(pointer)).toEqual(['link-pointer']);
    const citing = checksOf(
      linkLookalikeSignals,
      reader('Details at https://pib.gov.in/PressReleasePage.aspx'),
    );
    expect(citing).toEqual([]);
  });
});

describe('link keys', () => {
  it('makes the same link pasted twice one key, without scheme, www, query or trailing punctuation', () => {
    expect(linkKeysOf('dekho https://www.Example-Deals.in/Offer?utm=1. aur example-deals.in/offer')).toEqual([
      'example-deals.in/offer',
    ]);
    expect(linkKeysOf('koi link nahi')).toEqual([]);
  });
});
