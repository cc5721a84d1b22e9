import type { ExportedReaderComment } from '@app/comments';
import { MailLanguage } from '@app/db';
import { formatDate, layoutMail, MailBlock, RenderedMail } from './mail-layout';

/** A comment as a mail may show it: the public view only (name and text), never an address. */
export interface MailComment {
  authorName: string;
  body: string;
}

/** Every template and what it needs. Params are stored with the mail, so they hold public data only. */
export interface MailTemplates {
  /** Double opt-in: the first subscription of an address on a site. */
  'subscription-confirm': { siteName: string; confirmUrl: string; kind: 'replies' | 'thread' };
  reply: { siteName: string; threadUrl: string; comment: MailComment; parent: MailComment };
  'thread-comment': { siteName: string; threadUrl: string; comment: MailComment };
  'report-outcome': {
    siteName: string;
    outcome: 'removed' | 'kept';
    reportedAt: string;
    decidedAt: string;
    comment: MailComment;
  };
  'moderator-digest': { siteName: string; held: number; openReports: number; dashboardUrl: string };
  /** A reader's own data request (export or erase); only the link's click acts. */
  'privacy-confirm': { siteName: string; kind: 'export' | 'erase'; confirmUrl: string };
  /** The reader's own comments, after they confirmed an export: mailed only to the address that wrote them. */
  'privacy-export': { siteName: string; comments: ExportedReaderComment[]; more: number };
}

const STATUS_NAMES = {
  hi: { published: 'प्रकाशित', held: 'समीक्षा में', spam: 'स्पैम', rejected: 'अस्वीकृत', queued: 'जाँच में' },
  en: {
    published: 'published',
    held: 'awaiting review',
    spam: 'spam',
    rejected: 'rejected',
    queued: 'being checked',
  },
} as Record<MailLanguage, Record<string, string>>;

/** Each comment as a quote headed by where and when it was written, in the mail's language. */
function exportedBlocks(comments: ExportedReaderComment[], language: MailLanguage): MailBlock[] {
  return comments.map((c) => ({
    quote: {
      authorName: `${c.authorName}${c.authorUrl ? ` (${c.authorUrl})` : ''} · ${c.threadId} · ${formatDate(c.createdAt, language)} · ${STATUS_NAMES[language][c.status] ?? c.status}`,
      body: c.body,
    },
  }));
}

export type MailTemplateName = keyof MailTemplates;

type Builder<K extends MailTemplateName> = (p: MailTemplates[K]) => { subject: string; blocks: MailBlock[] };

const HI: { [K in MailTemplateName]: Builder<K> } = {
  'subscription-confirm': (p) => ({
    subject: `${p.siteName}: अपना ईमेल पता पक्का करें`,
    blocks: [
      {
        paragraph: `आपने ${p.siteName} पर ${p.kind === 'replies' ? 'अपनी टिप्पणी के जवाबों' : 'इस लेख की नई टिप्पणियों'} की सूचना ईमेल से माँगी है।`,
      },
      { link: { href: p.confirmUrl, label: 'हाँ, मुझे ईमेल भेजें' } },
      { paragraph: 'अगर यह आपने नहीं माँगा, तो इस मेल को अनदेखा करें। पुष्टि के बिना आपको कोई और मेल नहीं आएगा।' },
    ],
  }),
  reply: (p) => ({
    subject: `${p.siteName}: ${p.comment.authorName} ने आपकी टिप्पणी का जवाब दिया`,
    blocks: [
      { paragraph: 'आपकी टिप्पणी:' },
      { quote: p.parent },
      { paragraph: 'उसका जवाब:' },
      { quote: p.comment },
      { link: { href: p.threadUrl, label: 'पूरी बातचीत पढ़ें' } },
    ],
  }),
  'thread-comment': (p) => ({
    subject: `${p.siteName}: ${p.comment.authorName} की नई टिप्पणी`,
    blocks: [
      { paragraph: 'जिस लेख की टिप्पणियाँ आप देख रहे हैं, उस पर नई टिप्पणी आई है:' },
      { quote: p.comment },
      { link: { href: p.threadUrl, label: 'लेख और टिप्पणियाँ पढ़ें' } },
    ],
  }),
  'report-outcome': (p) => ({
    subject: `${p.siteName}: आपकी शिकायत पर निर्णय`,
    blocks: [
      { paragraph: `आपने ${formatDate(p.reportedAt, 'hi')} को इस टिप्पणी की शिकायत की थी:` },
      { quote: p.comment },
      {
        paragraph:
          p.outcome === 'removed'
            ? `${formatDate(p.decidedAt, 'hi')} को हमने इसे जाँचा और हटा दिया। शिकायत के लिए धन्यवाद।`
            : `${formatDate(p.decidedAt, 'hi')} को हमने इसे जाँचा: यह हमारे नियमों के भीतर है, इसलिए बनी रहेगी। शिकायत के लिए धन्यवाद।`,
      },
    ],
  }),
  'moderator-digest': (p) => ({
    subject: `${p.siteName}: ${p.held} रोकी गई टिप्पणियाँ, ${p.openReports} खुली शिकायतें`,
    blocks: [
      { paragraph: `आपके फ़ैसले की प्रतीक्षा में: ${p.held} रोकी गई टिप्पणियाँ और ${p.openReports} खुली शिकायतें।` },
      { link: { href: p.dashboardUrl, label: 'डैशबोर्ड खोलें' } },
    ],
  }),
  'privacy-confirm': (p) => ({
    subject: `${p.siteName}: अपने डेटा के अनुरोध की पुष्टि करें`,
    blocks: [
      {
        paragraph: `इस पते से ${p.siteName} पर आपकी टिप्पणियों ${p.kind === 'export' ? 'की प्रति' : 'को मिटाने'} का अनुरोध आया है।`,
      },
      { link: { href: p.confirmUrl, label: 'अनुरोध की पुष्टि करें' } },
      { paragraph: 'अगर यह आपने नहीं माँगा, तो इस मेल को अनदेखा करें; कुछ नहीं होगा।' },
    ],
  }),
  'privacy-export': (p) => ({
    subject: `${p.siteName}: आपकी टिप्पणियों की प्रति`,
    blocks: [
      {
        paragraph: `आपके अनुरोध पर, ${p.siteName} पर इस पते से लिखी गई आपकी ${p.comments.length + p.more} टिप्पणियाँ:`,
      },
      ...exportedBlocks(p.comments, 'hi'),
      ...(p.more > 0 ? [{ paragraph: `और ${p.more} टिप्पणियाँ; पूरी प्रति के लिए साइट के संपादकों को लिखें।` }] : []),
      { paragraph: 'आपका ईमेल पता, IP पता और ब्राउज़र की जानकारी इस मेल में नहीं दिखाई जाती।' },
    ],
  }),
};

const EN: { [K in MailTemplateName]: Builder<K> } = {
  'subscription-confirm': (p) => ({
    subject: `${p.siteName}: confirm your email address`,
    blocks: [
      {
        paragraph: `You asked ${p.siteName} to email you ${p.kind === 'replies' ? 'replies to your comment' : "this article's new comments"}.`,
      },
      { link: { href: p.confirmUrl, label: 'Yes, email me' } },
      { paragraph: 'If this was not you, ignore this mail. Without confirmation you will get nothing else.' },
    ],
  }),
  reply: (p) => ({
    subject: `${p.siteName}: ${p.comment.authorName} replied to your comment`,
    blocks: [
      { paragraph: 'Your comment:' },
      { quote: p.parent },
      { paragraph: 'The reply:' },
      { quote: p.comment },
      { link: { href: p.threadUrl, label: 'Read the conversation' } },
    ],
  }),
  'thread-comment': (p) => ({
    subject: `${p.siteName}: a new comment by ${p.comment.authorName}`,
    blocks: [
      { paragraph: 'An article you follow has a new comment:' },
      { quote: p.comment },
      { link: { href: p.threadUrl, label: 'Read the article and its comments' } },
    ],
  }),
  'report-outcome': (p) => ({
    subject: `${p.siteName}: a decision on your report`,
    blocks: [
      { paragraph: `On ${formatDate(p.reportedAt, 'en')} you reported this comment:` },
      { quote: p.comment },
      {
        paragraph:
          p.outcome === 'removed'
            ? `On ${formatDate(p.decidedAt, 'en')} we reviewed it and removed it. Thank you for the report.`
            : `On ${formatDate(p.decidedAt, 'en')} we reviewed it: it is within our rules, so it stays. Thank you for the report.`,
      },
    ],
  }),
  'moderator-digest': (p) => ({
    subject: `${p.siteName}: ${p.held} held comments, ${p.openReports} open reports`,
    blocks: [
      { paragraph: `Waiting for your decision: ${p.held} held comments and ${p.openReports} open reports.` },
      { link: { href: p.dashboardUrl, label: 'Open the dashboard' } },
    ],
  }),
  'privacy-confirm': (p) => ({
    subject: `${p.siteName}: confirm your data request`,
    blocks: [
      {
        paragraph: `Someone asked ${p.siteName}, from this address, to ${p.kind === 'export' ? 'send a copy of' : 'erase'} your comments.`,
      },
      { link: { href: p.confirmUrl, label: 'Confirm the request' } },
      { paragraph: 'If this was not you, ignore this mail; nothing will happen.' },
    ],
  }),
  'privacy-export': (p) => ({
    subject: `${p.siteName}: a copy of your comments`,
    blocks: [
      {
        paragraph: `As you asked, your ${p.comments.length + p.more} comments on ${p.siteName} from this address:`,
      },
      ...exportedBlocks(p.comments, 'en'),
      ...(p.more > 0
        ? [{ paragraph: `And ${p.more} more; write to the site's editors for the full copy.` }]
        : []),
      { paragraph: 'Your email address, IP address and browser details are not shown in this mail.' },
    ],
  }),
};

const BY_LANGUAGE = { hi: HI, en: EN } as const;

/** Pure: the same template, language and params always give the same mail. */
export function renderMail<K extends MailTemplateName>(
  template: K,
  language: MailLanguage,
  params: MailTemplates[K],
  unsubscribeUrl: string | null = null,
): RenderedMail {
  const build = BY_LANGUAGE[language][template] as Builder<K> | undefined;
  if (!build) throw new Error(`unknown mail template: ${String(template)}`);
  const { subject, blocks } = build(params);
  return layoutMail(language, subject, blocks, unsubscribeUrl);
}
