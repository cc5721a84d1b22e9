import { moderate } from '../pipeline/pipeline';
import { siteSettingsWithDefaults } from '../site-settings';
import { AuthorHistory } from '../types';
import { loadSpamModel } from './model/base-model';
import { createSpamClassifier } from './model/spam-model';
import { aComment, aContext } from '../testing/check-fixtures';

/** The examples of issue 13, on the demo site's settings (languages hi, en), with the committed model. */
const site = siteSettingsWithDefaults({
  id: 'demo',
  languages: ['hi', 'en'],
  suspiciousDomains: ['cheap-loans-india.top'],
});
const classifier = createSpamClassifier(loadSpamModel(), null);
const check = (body: string, author: Partial<AuthorHistory> = {}) =>
  moderate(
    aComment({ body, authorName: 'Reader' }),
    aContext({
      site,
      spamClassifier: classifier,
      author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false, ...author },
    }),
  );

describe('issue 13 examples get the right verdict and a truthful reason', () => {
  it('silences classic web spam that used to publish', () => {
    const examples: [string, RegExp][] = [
      [
        'Great article! I made $5000 last month working from home, see how at www.homejobs.biz',
        /points readers to a link of its own/,
      ],
      ['बहुत अच्छा लेख! मेरी वेबसाइट भी देखें http://cheap-loans-india.top/apply', /flagged as spam/],
      [
        'Buy generic cialis without prescription, cheapest price, fast delivery: www.pills-4-india.com',
        /medicines without prescription/,
      ],
      [
        'Kal ka intraday tip 100% sure shot profit, join our Telegram channel t.me/sharebazaar_king for free calls',
        /Telegram or WhatsApp channels/,
      ],
      [
        'सरकारी नौकरी का मौका! सीधी भर्ती, फॉर्म फीस केवल 500 रुपये, अभी आवेदन करें www.naukri-bharti-portal.in',
        /jobs for a fee/,
      ],
    ];
    for (const [body, reason] of examples) {
      const outcome = check(body);
      expect([body, outcome.verdict]).toEqual([body, 'spam']);
      expect(outcome.reasons.join(' ')).toMatch(reason);
    }
  });

  it('reads a Hindi reader citing the BBC as Hindi and publishes "More reading:" with four news links', () => {
    const bbc = check('इस विषय पर ये रिपोर्ट भी पढ़ने लायक है: https://www.bbc.com/hindi/international');
    expect(bbc).toMatchObject({ verdict: 'publish', language: 'hi' });
    const reading = check(
      'More reading: https://www.thehindu.com/news/national/ https://indianexpress.com/section/india/ https://www.bbc.com/news/world-asia-india https://www.reuters.com/world/india/',
    );
    expect(reading.verdict).toBe('publish');
    expect(reading.reasons.join(' ')).not.toMatch(/language not allowed/);
  });

  it('tells the truth about history at a shared address, and it never silences', () => {
    const outcome = check('सड़क की मरम्मत का काम कब शुरू होगा, कोई बताएगा क्या?', { ipCaughtSpamCount: 2 });
    expect(outcome.verdict).toBe('publish');
    const reason = outcome.checks.find((c) => c.name === 'network-history')!.reason;
    expect(reason).toMatch(
      /^2 earlier comments from the same network address were caught as spam by the checks\./,
    );
  });
});
