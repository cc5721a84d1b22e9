import { CheckResult, ModerationPhase } from '../../types';
import { isNewsOrReferenceHost, NEWS_DOMAIN_NAMES } from '../../spam/news-domains';
import { signal } from './links';

export const LOOKALIKE_LOG_ODDS = {
  /** A host dressed as a bank, wallet, government or news brand it does not belong to ("sbi-kyc-update.in"). */
  lookalikeHost: 2.5,
  /** An internationalised (punycode) host outside the Indian-language domains: rare in real comments. */
  idnHost: 1.2,
  /** "see how at …", "visit my website", "मेरी वेबसाइट भी देखें": pointing the reader to the author's link. */
  linkPointer: 1.5,
} as const;

/** Brands spammers and phishers dress up as, with the domains that really are theirs. */
const BRANDS: Record<string, readonly string[]> = {
  sbi: ['sbi.co.in', 'onlinesbi.sbi', 'sbi.bank.in', 'sbicard.com'],
  hdfc: ['hdfcbank.com', 'hdfc.com', 'hdfclife.com'],
  icici: ['icicibank.com', 'icicidirect.com', 'iciciprulife.com'],
  paytm: ['paytm.com', 'paytmbank.com'],
  phonepe: ['phonepe.com'],
  gpay: ['pay.google.com'],
  amazon: ['amazon.in', 'amazon.com'],
  flipkart: ['flipkart.com'],
  irctc: ['irctc.co.in'],
  uidai: ['uidai.gov.in'],
  aadhaar: ['uidai.gov.in'],
  aadhar: ['uidai.gov.in'],
  epfo: ['epfindia.gov.in'],
  incometax: ['incometax.gov.in'],
  whatsapp: ['whatsapp.com', 'wa.me'],
  youtube: ['youtube.com', 'youtu.be'],
  google: ['google.com', 'google.co.in'],
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  bbc: ['bbc.com', 'bbc.co.uk'],
  ndtv: ['ndtv.com', 'ndtv.in'],
};
/** Punycode of Indian-language TLDs (.भारत in Devanagari and others): an IDN host there is ordinary. */
const INDIAN_IDN_TLDS = [
  'xn--h2brj9c',
  'xn--h2brj9c8c',
  'xn--45brj9c',
  'xn--gecrj9c',
  'xn--s9brj9c',
  'xn--xkc2dl3a5ee0h',
];

const POINTER_LATIN =
  /\b(?:see\s+how\s+(?:at|here|on)|find\s+out\s+(?:how|more)\s+(?:at|here|on)|learn\s+how\s+(?:at|here)|visit\s+(?:my|our)\s+(?:site|website|blog|page|profile|store|shop)|check\s+(?:out\s+)?(?:my|our)\s+(?:site|website|blog|profile)|my\s+(?:website|site|blog)\b|details?\s+(?:at|here|on)|more\s+info\s+(?:at|here|on)|click\s+(?:here|below|the\s+link)|(?:details|jankari)\s+ke\s+liye|meri\s+(?:website|site)|yaha+n?\s+click|link\s+(?:pe|par)\s+click)\b/iu;
/**
 * A seller's call to act right before the link: "Apply at fastloanhub.in", "Book: glowinject-home.in", "order karein:
 * x.shop", "ऑर्डर करें: x.in", "रजिस्टर करें 👉 x.com" (issue 13's "see how at …" phrasings, batch 3). A reader
 * sends others to an official portal for that (gov.in, nic.in), which is never the comment's own link.
 */
const CALL_TO_ACT_BEFORE_LINK = new RegExp(
  String.raw`(?:\b(?:apply|book|order|buy|register|download|install|enrol+|signup|sign\s+up)(?:\s+(?:now|here|today|online|karein|kare|karo|karen))?|(?:ऑर्डर|आर्डर|बुक|अप्लाई|रजिस्टर|डाउनलोड|बुकिंग)(?:\s+(?:करें|करो|करे|कीजिए))?)\s*(?:at|on|from|via|here|:|-|–|👉|👇|>+)\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+\.[a-z]{2,}`,
  'iu',
);

const POINTER_DEVANAGARI = [
  'मेरी वेबसाइट',
  'मेरा चैनल',
  'मेरे चैनल',
  'वेबसाइट देखें',
  'यहां क्लिक',
  'यहाँ क्लिक',
  'लिंक पर क्लिक',
  'देखें कैसे',
  'जानिए कैसे',
  'विवरण के लिए',
];

/** Hosts that pass for someone they are not, internationalised hosts, and text that points the reader at a link. */
export const linkLookalikeSignals: ModerationPhase = (comment, _context, state) => {
  const { hosts, text } = state.text.spam;
  if (hosts.length === 0) return null;
  const checks: CheckResult[] = [];
  const lookalikes = [...new Set(hosts.filter(isLookalikeHost))];
  if (lookalikes.length > 0) {
    checks.push(
      signal(
        'lookalike-domain',
        LOOKALIKE_LOG_ODDS.lookalikeHost,
        `A link's domain dresses up as a well-known name it does not belong to (${lookalikes.join(', ')}).`,
      ),
    );
  }
  const idn = [...new Set(hosts.filter(isForeignIdnHost))];
  if (idn.length > 0) {
    checks.push(
      signal(
        'idn-domain',
        LOOKALIKE_LOG_ODDS.idnHost,
        `A link uses an internationalised domain, which can imitate another (${idn.join(', ')}).`,
      ),
    );
  }
  const ownLinks = hosts.some((host) => !isNewsOrReferenceHost(host));
  if (
    ownLinks &&
    (POINTER_LATIN.test(text) ||
      POINTER_DEVANAGARI.some((p) => text.includes(p)) ||
      CALL_TO_ACT_BEFORE_LINK.test(text))
  ) {
    checks.push(
      signal(
        'link-pointer',
        LOOKALIKE_LOG_ODDS.linkPointer,
        'It points readers to a link of its own ("see how at …", "visit my website").',
      ),
    );
  }
  return checks.length > 0 ? { checks } : null;
};

export function isLookalikeHost(host: string): boolean {
  if (isNewsOrReferenceHost(host)) return false;
  const tokens = host.split(/[.-]/);
  for (const [brand, domains] of Object.entries(BRANDS)) {
    if (domains.some((own) => host === own || host.endsWith(`.${own}`))) return false;
    if (tokens.includes(brand)) return true;
  }
  const name = host.split('.')[0];
  return NEWS_DOMAIN_NAMES.some((news) => news !== name && oneEditApart(news, name));
}

function isForeignIdnHost(host: string): boolean {
  const labels = host.split('.');
  if (!labels.some((label) => label.startsWith('xn--'))) return false;
  return !INDIAN_IDN_TLDS.includes(labels[labels.length - 1]);
}

/** One substitution, insertion or deletion apart ("thehlndu" / "thehindu", "ndtvv" / "ndtv"), for names ≥ 5 letters. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
