import { MailTemplateName, MailTemplates, renderMail } from './mail-templates';
import { redactAddresses } from './redact';

const COMMENT = { authorName: 'सुनीता <script>', body: 'यह ख़बर अधूरी है। पूरा बयान पढ़िए।' };
const SAMPLES: { [K in MailTemplateName]: MailTemplates[K] } = {
  'subscription-confirm': {
    siteName: 'समाचार',
    confirmUrl: 'https://c.example/confirm?token=a&b=1',
    kind: 'replies',
  },
  reply: { siteName: 'समाचार', threadUrl: 'https://n.example/a', comment: COMMENT, parent: COMMENT },
  'thread-comment': { siteName: 'समाचार', threadUrl: 'https://n.example/a', comment: COMMENT },
  'report-outcome': {
    siteName: 'समाचार',
    outcome: 'removed',
    reportedAt: '2026-12-01T10:00:00Z',
    decidedAt: '2026-12-03T10:00:00Z',
    comment: COMMENT,
  },
  'moderator-digest': {
    siteName: 'समाचार',
    held: 4,
    openReports: 2,
    dashboardUrl: 'https://c.example/dashboard',
  },
  'privacy-confirm': { siteName: 'समाचार', kind: 'erase', confirmUrl: 'https://c.example/p?token=z' },
  'privacy-export': {
    siteName: 'समाचार',
    comments: [
      {
        threadId: 'budget-2026',
        createdAt: '2026-12-01T10:00:00Z',
        status: 'published',
        authorName: COMMENT.authorName,
        authorUrl: 'https://sunita.example',
        body: COMMENT.body,
      },
    ],
    more: 0,
  },
};
const DEVANAGARI = /[\u0900-\u097F]/u;

describe('mail templates', () => {
  for (const template of Object.keys(SAMPLES) as MailTemplateName[]) {
    it(`renders ${template} in Hindi and English, text and HTML`, () => {
      const hi = renderMail(template, 'hi', SAMPLES[template] as never, 'https://c.example/u?token=t');
      const en = renderMail(template, 'en', SAMPLES[template] as never, 'https://c.example/u?token=t');
      // The Hindi subject has Hindi words of its own, beyond the site's name.
      const ownWords = (subject: string) => subject.replace('समाचार', '').replace(COMMENT.authorName, '');
      expect(ownWords(hi.subject)).toMatch(DEVANAGARI);
      expect(ownWords(en.subject)).not.toMatch(DEVANAGARI);
      expect(hi.html).toContain('<html lang="hi">');
      expect(en.html).toContain('<html lang="en">');
      expect(hi.text).toContain('एक क्लिक में सदस्यता छोड़ें: https://c.example/u?token=t');
      expect(en.text).toContain('Unsubscribe in one click: https://c.example/u?token=t');
      expect(hi.html).not.toContain('<script>');
      expect(hi.html.normalize('NFC')).toBe(hi.html);
    });
  }

  it('escapes reader text and links in HTML and keeps the text part plain', () => {
    const mail = renderMail('reply', 'hi', SAMPLES.reply);
    expect(mail.html).toContain('सुनीता &lt;script&gt;');
    expect(mail.text).toContain('सुनीता <script>:\n> यह ख़बर अधूरी है। पूरा बयान पढ़िए।');
    const confirm = renderMail('subscription-confirm', 'en', SAMPLES['subscription-confirm']);
    expect(confirm.html).toContain('href="https://c.example/confirm?token=a&amp;b=1"');
  });

  it('leaves the unsubscribe line out of a mail that has no list to leave', () => {
    const mail = renderMail('subscription-confirm', 'hi', SAMPLES['subscription-confirm']);
    expect(mail.text).not.toContain('सदस्यता छोड़ें');
  });

  it('shows the report dates in Indian time, in the mail language', () => {
    const hi = renderMail('report-outcome', 'hi', SAMPLES['report-outcome']);
    const en = renderMail('report-outcome', 'en', SAMPLES['report-outcome']);
    expect(hi.text).toContain('1 दिसंबर 2026');
    expect(en.text).toContain('1 December 2026');
  });
});

describe('redactAddresses', () => {
  it('masks every address an SMTP error quotes', () => {
    expect(redactAddresses('550 5.1.1 <Priya.S@Example.IN>: no such user (rahul@example.com)')).toBe(
      '550 5.1.1 <P***@Example.IN>: no such user (r***@example.com)',
    );
  });
});
