export type Lang = 'hi' | 'en';

const hi = {
  leaveReply: 'एक उत्तर दें',
  replyTo: (name: string) => `${name} को जवाब दें`,
  cancelReply: 'जवाब रद्द करें',
  emailNote: 'आपका ईमेल पता प्रकाशित नहीं किया जाएगा।',
  requiredNote: ['आवश्यक फ़ील्ड ', ' चिह्नित हैं'],
  comment: 'टिप्पणी',
  name: 'नाम',
  email: 'ईमेल',
  website: 'वेबसाइट',
  save: 'अगली बार जब मैं टिप्पणी करूँ, तो इस ब्राउज़र में मेरा नाम, ईमेल और वेबसाइट सहेजें।',
  submit: 'टिप्पणी भेजें',
  sending: 'भेजी जा रही है…',
  reply: 'जवाब दें',
  countHeading: (n: number) =>
    n === 0 ? 'अभी कोई टिप्पणी नहीं' : n === 1 ? '1 टिप्पणी' : `${n.toLocaleString('hi-IN')} टिप्पणियाँ`,
  loadMore: 'और टिप्पणियाँ देखें',
  awaiting: 'आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।',
  published: 'आपकी टिप्पणी प्रकाशित हो गई है।',
  notPublished: 'क्षमा करें, आपकी टिप्पणी इस बार प्रकाशित नहीं की जा सकी। चर्चा में बने रहने के लिए धन्यवाद।',
  fixErrors: 'कृपया नीचे दी गई त्रुटियाँ ठीक करें।',
  failed: 'टिप्पणी भेजी नहीं जा सकी। कृपया थोड़ी देर बाद फिर कोशिश करें।',
  tooFast: 'आप बहुत जल्दी-जल्दी टिप्पणी कर रहे हैं। कृपया कुछ क्षण रुकें।',
  duplicate: 'ऐसा लगता है कि आप यह टिप्पणी पहले ही भेज चुके हैं।',
  loadFailed: 'टिप्पणियाँ लोड नहीं हो सकीं।',
  gone: 'यह टिप्पणी अभी उपलब्ध नहीं है।',
  newComment: (name: string) => `${name} की नई टिप्पणी`,
  honeypot: 'इसे खाली छोड़ें',
  notify: 'ईमेल सूचना',
  notifyChoices: ['कोई ईमेल नहीं', 'जवाब आने पर मुझे ईमेल करें', 'इस लेख की नई टिप्पणियाँ'],
  like: 'पसंद',
  featured: 'चुनी हुई टिप्पणी',
  edited: 'संपादित',
  sortLabel: 'क्रम',
  sorts: { oldest: 'पुरानी पहले', newest: 'नई पहले', top: 'सबसे पसंद की गई' },
  errors: {
    required: (label: string) => `${label} आवश्यक है।`,
    invalid_email: 'कृपया सही ईमेल पता लिखें।',
    invalid_url: 'वेबसाइट का पता http या https से शुरू होना चाहिए।',
    too_long: (label: string, limit: number) => `${label} अधिक से अधिक ${limit} अक्षरों का हो सकता है।`,
  },
};

export type Strings = typeof hi;

const en: Strings = {
  leaveReply: 'Leave a Reply',
  replyTo: (name) => `Reply to ${name}`,
  cancelReply: 'Cancel reply',
  emailNote: 'Your email address will not be published.',
  requiredNote: ['Required fields are marked ', ''],
  comment: 'Comment',
  name: 'Name',
  email: 'Email',
  website: 'Website',
  save: 'Save my name, email, and website in this browser for the next time I comment.',
  submit: 'Post Comment',
  sending: 'Sending…',
  reply: 'Reply',
  countHeading: (n) =>
    n === 0 ? 'No comments yet' : n === 1 ? '1 Comment' : `${n.toLocaleString('en')} Comments`,
  loadMore: 'Load more comments',
  awaiting: 'Your comment is awaiting moderation.',
  published: 'Your comment has been published.',
  notPublished:
    'Sorry, your comment could not be published this time. Thank you for joining the conversation.',
  fixErrors: 'Please correct the errors below.',
  failed: 'Your comment could not be sent. Please try again in a little while.',
  tooFast: 'You are commenting too quickly. Please wait a moment.',
  duplicate: 'It looks as though you have already said that.',
  loadFailed: 'Comments could not be loaded.',
  gone: 'This comment is not available.',
  newComment: (name) => `New comment from ${name}`,
  honeypot: 'Leave this empty',
  notify: 'Email notifications',
  notifyChoices: ['No email', 'Email me replies', "This article's new comments"],
  like: 'Like',
  featured: 'Featured comment',
  edited: 'edited',
  sortLabel: 'Sort by',
  sorts: { oldest: 'Oldest first', newest: 'Newest first', top: 'Most liked' },
  errors: {
    required: (label) => `${label} is required.`,
    invalid_email: 'Please enter a valid email address.',
    invalid_url: 'The website must be an http or https address.',
    too_long: (label, limit) => `${label} may be at most ${limit} characters long.`,
  },
};

export const STRINGS: Record<Lang, Strings> = { hi, en };

export const pickLang = (value: string | null | undefined): Lang =>
  value && /^hi\b/i.test(value) ? 'hi' : 'en';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const formats: Partial<Record<Lang, Intl.RelativeTimeFormat>> = {};

/** "2 घंटे पहले" / "2 hours ago", from the reader's clock. */
export function relativeTime(iso: string, lang: Lang, now = Date.now()): string {
  const format = (formats[lang] ??= new Intl.RelativeTimeFormat(lang === 'hi' ? 'hi-IN' : 'en', {
    numeric: 'auto',
  }));
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return unit === 'second' && Math.abs(seconds) < 45
        ? format.format(0, 'second')
        : format.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}

const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** The full date for a tooltip; one formatter per language (toLocaleString builds a new one on every call). */
export function fullDate(iso: string, lang: Lang): string {
  const format = (dateFormats[lang] ??= new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }));
  return format.format(new Date(iso));
}
