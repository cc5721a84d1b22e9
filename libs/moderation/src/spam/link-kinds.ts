import { isNewsOrReferenceHost } from './news-domains';

/**
 * What kind of place a link leads to, from its host and path: a promoter's destination (an account on a social or
 * creator platform, a fundraiser, a shop listing, an affiliate code, a paid redirect or download locker) or a video.
 * A reader citing a source links to a report; link spam links to someone's page that wants a follow, a buy or a
 * click. The model learns each kind apart (`<link:social>`, ...) under the same cap as any link: what a link points
 * to is evidence, but a link alone never silences a reader (issue 13; spam-features.ts, linkCapOf).
 */
export type LinkKind = 'social' | 'post' | 'video' | 'fundraiser' | 'shop' | 'referral' | 'locker';

const HOST_KINDS: Record<string, LinkKind> = {
  // Accounts and pages on social and creator platforms.
  'facebook.com': 'social',
  'fb.com': 'social',
  'twitter.com': 'social',
  'x.com': 'social',
  'instagram.com': 'social',
  'tiktok.com': 'social',
  'tsu.co': 'social',
  'plus.google.com': 'social',
  'soundcloud.com': 'social',
  'reverbnation.com': 'social',
  'bandcamp.com': 'social',
  'twitch.tv': 'social',
  'wattpad.com': 'social',
  'bubblews.com': 'social',
  'viralangels.com': 'social',
  'myspace.com': 'social',
  'vk.com': 'social',
  'sharechat.com': 'social',
  'moj.app': 'social',
  'snapchat.com': 'social',
  'linktr.ee': 'social',
  // Videos: what a reader shares too (a speech, a match), so a video link alone is not promotion.
  'youtube.com': 'video',
  'youtu.be': 'video',
  'vimeo.com': 'video',
  'dailymotion.com': 'video',
  'flipagram.com': 'video',
  // Fundraisers and petitions.
  'gofundme.com': 'fundraiser',
  'indiegogo.com': 'fundraiser',
  'kickstarter.com': 'fundraiser',
  'patreon.com': 'fundraiser',
  'change.org': 'fundraiser',
  'avaaz.org': 'fundraiser',
  'vakinha.com.br': 'fundraiser',
  'ketto.org': 'fundraiser',
  'milaap.org': 'fundraiser',
  // Shops and listings.
  'ebay.com': 'shop',
  'etsy.com': 'shop',
  'teespring.com': 'shop',
  'sunfrogshirts.com': 'shop',
  'payhip.com': 'shop',
  'audiojungle.net': 'shop',
  'gumroad.com': 'shop',
  'meesho.com': 'shop',
  // Paid redirects, download lockers and pirate trackers: the click itself is what is being sold.
  'linkbucks.com': 'locker',
  'binbox.io': 'locker',
  'shhort.com': 'locker',
  'adf.ly': 'locker',
  'sh.st': 'locker',
  'ouo.io': 'locker',
  'thepiratebay.se': 'locker',
  'thepiratebay.org': 'locker',
  'minhateca.com.br': 'locker',
  'mediafire.com': 'locker',
  'freemyapps.com': 'locker',
};
/**
 * One post on a social platform ("twitter.com/PIB_India/status/…", "facebook.com/ndtv/posts/…"): how readers cite
 * what an official or a newsroom said, so it is a `post`, not an account being promoted.
 */
const SOCIAL_POST_PATH = /^\/[^/?#]+\/(?:status|posts|videos)\/|^\/(?:p|reel)\/[^/?#]+/i;
/** Hosts whose path says "a product page" (a seller's listing), not the site in general. */
const LISTING_PATH = /^\/(?:[^/?#]+\/)*(?:dp|gp\/product|itm|p)\/[^/?#]+/i;
const LISTING_HOSTS = /(?:^|\.)(?:amazon\.[a-z.]+|flipkart\.com)$/;
/** Query keys that pay someone for the click: referral and affiliate codes. */
const REFERRAL_QUERY =
  /[?&](?:ref|refid|referral|referrer|aff|aff_id|affiliate|affiliateid|partner|invite|tag)=/i;
/** Every link with its path, as findLinks sees them (a scheme, www., or a bare host with a path). */
const LINK_WITH_PATH =
  /\b(?:https?:\/\/)?(?:www\d*\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})((?:[/?#][^\s<>"'()]*)?)/giu;

/** The kinds of the links in a text whose hosts are `hosts` (findLinks); nothing to do without links. */
export function linkKindsOf(text: string, hosts: readonly string[]): LinkKind[] {
  if (hosts.length === 0) return [];
  const kinds = new Set<LinkKind>();
  for (const match of text.matchAll(LINK_WITH_PATH)) {
    const host = match[1].toLowerCase();
    const path = match[2] ?? '';
    const hostKind = kindOfHost(host);
    const kind = hostKind === 'social' && SOCIAL_POST_PATH.test(path) ? 'post' : hostKind;
    if (kind) kinds.add(kind);
    if (LISTING_HOSTS.test(host) && LISTING_PATH.test(path)) kinds.add('shop');
    if (REFERRAL_QUERY.test(path) && kind !== 'social' && kind !== 'post' && !isNewsOrReferenceHost(host))
      kinds.add('referral');
  }
  return [...kinds].sort();
}

function kindOfHost(host: string): LinkKind | undefined {
  // "m.facebook.com", "uk.ebay.com", "www10.vakinha.com.br": the registered name decides.
  for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) {
    const kind = HOST_KINDS[rest];
    if (kind) return kind;
  }
  return undefined;
}
