import { siteSettingsWithDefaults } from '../../site-settings';
import { aComment, aContext, checksOf } from '../../testing/check-fixtures';
import { authorNameSignals, authorUrlSignals } from './author';
import { authorHistorySignals, networkHistorySignals } from './history';
import { contactSignals } from './contact';
import { linkSignals } from './links';
import { repeatedTextSignals } from './repeated-text';
import { shoutingSignals } from './shouting';
import { spamTopicSignals } from './spam-topics';

const names = (checks: { name: string }[]) => checks.map((c) => c.name);
const history = (over: object) => ({
  approvedCount: 0,
  spamCount: 0,
  ipSpamCount: 0,
  trusted: false,
  banned: false,
  ...over,
});

describe('link signals', () => {
  it('says nothing about a comment without links', () => {
    expect(checksOf(linkSignals, aComment())).toEqual([]);
  });

  it('counts links and notices a comment that is mostly links', () => {
    const one = checksOf(
      linkSignals,
      aComment({ body: 'इस रिपोर्ट का पूरा डेटा यहाँ है, देखिए: https://data.gov.in/report' }),
    );
    expect(names(one)).toEqual(['link-count']);
    const many = checksOf(linkSignals, aComment({ body: 'a.com b.com c.com' }));
    expect(names(many)).toEqual(['link-count', 'bare-link']);
    const wrapped = checksOf(linkSignals, aComment({ body: 'see these two a.com/x and b.com/y' }));
    expect(names(wrapped)).toEqual(['link-count', 'link-density']);
    expect(many[0].score).toBeGreaterThan(one[0].score);
    expect(many[0].reason).toBe('It contains 3 links.');
  });

  it('flags shorteners, suspicious TLDs and the site’s own list', () => {
    expect(
      names(checksOf(linkSignals, aComment({ body: 'padho bit.ly/abc aur batao kaisa laga yaar' }))),
    ).toContain('url-shortener');
    const tld = checksOf(
      linkSignals,
      aComment({ body: 'best offers on win-big.xyz for all of you friends' }),
    );
    expect(tld.find((c) => c.name === 'suspicious-domain')?.reason).toMatch(/win-big\.xyz/);
    const site = siteSettingsWithDefaults({ id: 's', suspiciousDomains: ['rival-news.com'] });
    const body = 'read the same story on rival-news.com, they covered it better';
    expect(names(checksOf(linkSignals, aComment({ body })))).not.toContain('suspicious-domain');
    expect(names(checksOf(linkSignals, aComment({ body }), aContext({ site })))).toContain(
      'suspicious-domain',
    );
  });

  it('flags a host disguised with Cyrillic look-alike letters', () => {
    const checks = checksOf(
      linkSignals,
      aComment({ body: 'verify your account at https://p\u0430yp\u0430l.com/login today' }),
    );
    expect(checks.find((c) => c.name === 'disguised-link')?.reason).toMatch(/paypal\.com/);
  });
});

describe('contact signals', () => {
  it('finds Indian phone numbers and WhatsApp invitations in Hinglish and Hindi', () => {
    expect(
      names(checksOf(contactSignals, aComment({ body: 'loan ke liye whatsapp karo 98290 11223' }))),
    ).toEqual(['phone-number', 'messenger-invite']);
    expect(names(checksOf(contactSignals, aComment({ body: 'अभी व्हाट्सएप करें' })))).toEqual([
      'messenger-invite',
    ]);
    expect(names(checksOf(contactSignals, aComment({ body: 'join us t.me/paisa_double' })))).toEqual([
      'messenger-link',
    ]);
    expect(
      names(checksOf(contactSignals, aComment({ body: 'contact on telegram @satta_king_boss' }))),
    ).toEqual(['messenger-invite']);
  });

  it('treats a passing mention of WhatsApp and ordinary numbers as little or nothing', () => {
    const mention = checksOf(
      contactSignals,
      aComment({ body: 'WhatsApp university ki khabron pe bharosa mat karo' }),
    );
    expect(names(mention)).toEqual(['messenger-mention']);
    expect(mention[0].score).toBeLessThan(1);
    expect(
      checksOf(contactSignals, aComment({ body: 'India ne 2024 me 350 run banaye, 12 saal baad' })),
    ).toEqual([]);
  });
});

describe('author signals', () => {
  it('flags a name that is a web address, a phone number or a sales pitch, and not a real name', () => {
    expect(names(checksOf(authorNameSignals, aComment({ authorName: 'www.best-seo.in' })))).toEqual([
      'author-name',
    ]);
    expect(names(checksOf(authorNameSignals, aComment({ authorName: '9876543210' })))).toEqual([
      'author-name',
    ]);
    expect(
      checksOf(authorNameSignals, aComment({ authorName: 'Best SEO Services Delhi' }))[0].reason,
    ).toMatch(/advert/);
    expect(checksOf(authorNameSignals, aComment({ authorName: 'Ravi Kumar' }))).toEqual([]);
    expect(checksOf(authorNameSignals, aComment({ authorName: 'सुनीता शर्मा' }))).toEqual([]);
  });

  it('flags a body that links to the author’s own website', () => {
    const comment = aComment({
      body: 'great tips, more at https://www.myshop.in/sale',
      authorUrl: 'https://myshop.in',
    });
    expect(names(checksOf(authorUrlSignals, comment))).toEqual(['author-url']);
    expect(
      checksOf(
        authorUrlSignals,
        aComment({ body: 'see https://thehindu.com', authorUrl: 'https://myblog.in' }),
      ),
    ).toEqual([]);
  });

  it('turns spam history into evidence and approvals into trust that grows more slowly', () => {
    const spammer = checksOf(
      authorHistorySignals,
      aComment(),
      aContext({ author: history({ spamCount: 2 }) }),
    );
    expect(spammer[0]).toMatchObject({ name: 'author-history', verdict: 'signal' });
    expect(spammer[0].score).toBeGreaterThan(2);
    const ip = checksOf(networkHistorySignals, aComment(), aContext({ author: history({ ipSpamCount: 1 }) }));
    expect(ip[0].reason).toMatch(/network address/);
    const one = checksOf(
      authorHistorySignals,
      aComment(),
      aContext({ author: history({ approvedCount: 1 }) }),
    )[0];
    const ten = checksOf(
      authorHistorySignals,
      aComment(),
      aContext({ author: history({ approvedCount: 10 }) }),
    )[0];
    expect(one).toMatchObject({ name: 'author-trust', verdict: 'pass' });
    expect(ten.score).toBeLessThan(one.score);
    expect(ten.score).toBeGreaterThanOrEqual(-3);
  });
});

describe('shouting, repeated text and spam topics', () => {
  it('notices long capital runs and repeated characters but not a short acronym', () => {
    expect(
      names(checksOf(shoutingSignals, aComment({ body: 'FREE MONEY FOR EVERYONE CLICK NOW!!!!!!!' }))),
    ).toEqual(['shouting', 'repeated-characters']);
    expect(checksOf(shoutingSignals, aComment({ body: 'The RBI and SEBI rules changed in 2024.' }))).toEqual(
      [],
    );
  });

  it('grows with the number of threads that got the same text', () => {
    expect(checksOf(repeatedTextSignals, aComment())).toEqual([]);
    const two = checksOf(repeatedTextSignals, aComment(), aContext({ sameTextElsewhere: 2 }))[0];
    const one = checksOf(repeatedTextSignals, aComment(), aContext({ sameTextElsewhere: 1 }))[0];
    expect(two.score).toBeGreaterThan(one.score);
    expect(two.reason).toBe('The same text was posted in 2 other threads within the last hour.');
  });

  it('recognises betting, loans, earnings and astrology pitches as whole words', () => {
    const reason = (body: string) => checksOf(spamTopicSignals, aComment({ body }))[0]?.reason;
    expect(reason('satta king ka fix number')).toMatch(/betting/);
    expect(reason('बिना सिबिल लोन चाहिए तो बताओ')).toMatch(/loans/);
    expect(reason('घर बैठे कमाएं रोज़')).toMatch(/earnings/);
    expect(reason('vashikaran specialist baba ji')).toMatch(/astrology/);
    expect(reason('The sattar-year-old leader spoke on loans to farmers')).toBeUndefined();
  });

  it('calls a topic beside a seller’s ask a pitch, and leaves a reader’s warning about the trade alone', () => {
    const checks = (body: string) => checksOf(spamTopicSignals, aComment({ body }));
    const pitch = checks('जिन भाइयों को शीघ्रपतन की समस्या है वे मुझसे संपर्क करें, पक्का इलाज है।');
    expect(names(pitch)).toEqual(['spam-topic', 'topic-with-ask']);
    expect(pitch[1].reason).toMatch(/medicines without prescription.*asks to act \("मुझसे संपर्क करें"\)/);
    expect(names(checks('Ex वापस, पति वश में, shaadi जल्दी — combo पैकेज, DM karo'))).toContain('topic-with-ask');
    expect(names(checks('Aapka article padh ke maza aaya. meri website bhi dekhiye'))).toEqual([
      'spam-topic',
      'topic-with-ask',
    ]);
    // The family terms add to the lexicon's topics: "satta" still counts after "toss prediction" joined betting.
    expect(checks('satta king ka fix number')[0]?.reason).toMatch(/betting/);
    expect(checks('Contact the Kisan call centre, 1800-180-1551, before you buy seeds')).toEqual([]);
  });

  it('softens a topic named in a reader’s warning, unless a phone, a link or an ask comes with it', () => {
    const checks = (body: string) => checksOf(spamTopicSignals, aComment({ body }));
    const warning = checks('koi bhi KBC lottery ka msg aaye 25 lakh jeetne ka, fake hai, report karo');
    expect(warning).toHaveLength(1);
    expect(warning[0].reason).toMatch(/warns about betting/);
    const story = checks('"घर बैठे कमाओ" वाले ग्रुप में मेरे भाई के 700 रुपये डूब गए।');
    const advert = checks('घर बैठे कमाओ रोज़ 700 रुपये।');
    expect(story[0].reason).toMatch(/warns about easy earnings/);
    expect(story[0].score).toBeLessThan(advert[0].score!);
    expect(checks('Main khud loan app ke chakkar me fasa raha. Bachke rehna sab')[0].reason).toMatch(/warns/);
    // The seller's "not a fraud" is no warning, and a warning word beside a number to call is still a pitch.
    expect(checks('loan chahiye to bolo, 100% genuine, fraud nahi')[0].reason).toMatch(/advertises/);
    expect(checks('लोन के नाम पर ठगी से बचें, घर बैठे कमाओ असली काम, कॉल करें 9876501234')[0].reason).toMatch(
      /advertises/,
    );
  });

  it("counts a seller's terms beside a topic as the ask, not a reader who names the trade", () => {
    const checks = (body: string) => checksOf(spamTopicSignals, aComment({ body }));
    const satta = checks('आज का सट्टा नंबर पक्का है भाई। एडवांस कुछ नहीं, रिजल्ट के बाद पेमेंट।');
    expect(names(satta)).toEqual(['spam-topic', 'topic-with-ask']);
    expect(satta[1].reason).toContain('"एडवांस कुछ नहीं"');
    expect(names(checks('Guest post on your site? We pay well, $30 per link'))).toContain('topic-with-ask');
    expect(names(checks('हमारे मोहल्ले में सट्टा खुलेआम चलता है, पुलिस कुछ नहीं करती।'))).toEqual(['spam-topic']);
  });

  it('reads the remedy sold and the scam caller’s script as topics, not a reader who met them', () => {
    const checks = (body: string) => checksOf(spamTopicSignals, aComment({ body }));
    expect(names(checks('ग्रह दोष निवारण पूजा, परिणाम न मिले तो पैसे वापस। पंडित शर्मा जी'))).toEqual([
      'spam-topic',
      'topic-with-ask',
    ]);
    expect(names(checks('kisi ne totka kiya hai, phone pe hi ilaj karenge, dakshina kaam ke baad'))).toEqual([
      'spam-topic',
      'topic-with-ask',
    ]);
    expect(
      names(
        checks(
          'Bill update nahi hua, aaj raat connection kaat diya jayega. Turant contact kare bijli adhikari',
        ),
      ),
    ).toEqual(['spam-topic', 'topic-with-ask']);
    expect(names(checks('क्रेडिट कार्ड का रिवॉर्ड पॉइंट आज एक्सपायर हो रहा है, इस नंबर पर कॉल करें'))).toEqual([
      'spam-topic',
      'topic-with-ask',
    ]);
    expect(
      checks('ek call aaya ki aapka bijli connection kat jayega, maine bijli office jaake pata kiya'),
    ).toEqual([]);
    expect(checks('बिल भरने के बाद भी कनेक्शन काट दिया, शिकायत करें तो कोई सुनता नहीं।')).toEqual([]);
  });
});
