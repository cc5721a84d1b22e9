import { moderate } from '../../pipeline/pipeline';
import { learnFromDecision } from '../learning';
import { aComment, aContext } from '../../testing/check-fixtures';
import { loadSpamModel } from './base-model';
import { addLabelledTokens, emptySpamCounts, readSiteSpamCounts, SiteSpamCounts } from './naive-bayes';
import { createSpamClassifier } from './spam-model';
import { chooseOperatingShift, trainBaseSpamModel } from '../../../training/spam-train';
import { SPAM_LOGISTIC_OPTIONS } from '../../../training/spam-train';
import { prepareOperatingRows, PreparedRow, verdictAt } from '../../../training/operating-point';
import { SPAM_PRIOR_LOG_ODDS } from '../../pipeline/decide';

const base = loadSpamModel();
const classify = (body: string, site: SiteSpamCounts | null = null) =>
  createSpamClassifier(base, site).classify(aComment({ body }));

describe('the spam classifier', () => {
  it('reads typical comment spam as spam and ordinary comments as not', () => {
    expect(classify('check out my channel and subscribe, free gift cards here').logOdds).toBeGreaterThan(4);
    expect(classify('Great song, I still listen to it every morning').logOdds).toBeLessThan(1);
  });

  it('gives a spam probability, not a score: the model alone is above the spam threshold only for spam', () => {
    const alone = (body: string) =>
      moderate(aComment({ body }), aContext({ spamClassifier: createSpamClassifier(base, null) }));
    expect(alone('Please subscribe to my channel, I upload new covers every day').verdict).toBe('spam');
    expect(alone('This song reminds me of my school days, still love it').verdict).toBe('publish');
  });

  it('leaves ordinary Hinglish and Hindi news comments alone and catches Hinglish spam', () => {
    const verdict = (body: string) =>
      moderate(aComment({ body }), aContext({ spamClassifier: createSpamClassifier(base, null) })).verdict;
    expect(verdict('Modi ji ne sahi kaha, desh ki economy ko sambhalna zaroori hai')).toBe('publish');
    expect(verdict('सरकार को किसानों की बात सुननी चाहिए, यह मुद्दा बहुत गंभीर है।')).toBe('publish');
    expect(verdict('Satta king ka pakka number chahiye to whatsapp karo 98290 11223')).toBe('spam');
    expect(verdict('घर बैठे रोज़ 5000 कमाएं, अभी व्हाट्सएप करें 9876543210')).toBe('spam');
  });

  it('names the tokens that weighed most, in the direction of its opinion', () => {
    const { logOdds, topTokens } = classify('subscribe to my channel please');
    expect(logOdds).toBeGreaterThan(0);
    // The word itself or the shape the model learned for it ("<subscribers>"): which of the two weighs more moves
    // with each retraining; either names the plea.
    expect(topTokens.some((token) => /subscri/.test(token))).toBe(true);
  });

  it('is not fooled by tokens that are Object.prototype names', () => {
    expect(Number.isFinite(classify('constructor toString __proto__ hasOwnProperty').logOdds)).toBe(true);
  });

  it('trains deterministically, learns the words that separate, and drops words seen once', () => {
    const examples = [
      { text: 'win cash now', label: 'spam' as const },
      { text: 'win a prize now', label: 'spam' as const },
      { text: 'win free cash now', label: 'spam' as const },
      { text: 'nice article', label: 'ham' as const },
      { text: 'nice article, thanks', label: 'ham' as const },
      { text: 'a nice read', label: 'ham' as const },
    ];
    const options = { ...SPAM_LOGISTIC_OPTIONS, iterations: 60 };
    const model = trainBaseSpamModel(examples, options);
    expect(model).toEqual(trainBaseSpamModel(examples, options));
    expect(model.weights['w:win']).toBeGreaterThan(0);
    expect(model.weights['w:nice']).toBeLessThan(0);
    expect(model.weights['w:prize']).toBeUndefined();
    expect(model.platt.a).toBeGreaterThan(0);
  });

  // Rows as the pipeline leaves them with no other check firing (rest = the prior), raw score = calibrated log-odds.
  const plain = (y: 0 | 1, raw: number, set: PreparedRow['set'] = 'youtube'): PreparedRow => ({
    y,
    set,
    rest: SPAM_PRIOR_LOG_ODDS,
    forced: 'publish',
    raw,
  });
  const identity = { a: 1, b: 0 };

  it('chooses the operating shift with the best F1 that silences at most 1.25% of ham', () => {
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => plain(0, -4 + i * 0.03)),
      ...Array.from({ length: 100 }, (_, i) => plain(1, -1 + i * 0.05)),
    ];
    const shift = chooseOperatingShift(rows, identity);
    const silenced = rows.filter((r) => r.y === 0 && verdictAt(r, identity, shift) === 'spam').length;
    expect(silenced).toBeLessThanOrEqual(1);
    expect(shift).toBeGreaterThan(0);
  });

  it('counts the other checks: a row they already lift needs less of the model, and their verdicts stand', () => {
    const lifted = { ...plain(0, -2.7), rest: SPAM_PRIOR_LOG_ODDS + 2.5 };
    expect(verdictAt(plain(0, -2.7), identity, 0)).toBe('publish');
    expect(verdictAt(lifted, identity, 0)).toBe('hold');
    expect(verdictAt({ ...plain(0, -5), forced: 'hold' }, identity, 0)).toBe('hold');
  });

  it('prepares rows through every other check: the abuse policy holds, a topic beside a link adds to the score', () => {
    const [abusive, pitch, plainReader] = prepareOperatingRows(
      [
        { text: 'तुम बेवकूफ हो, चुप रहो कमीने', label: 'ham', set: 'readers' },
        {
          text: 'Buy Viagra online without prescription at www.medsdirect-rx.top',
          label: 'spam',
          set: 'corpus',
        },
        { text: 'मैं आपसे सहमत हूँ।', label: 'ham', set: 'readers' },
      ],
      () => 0,
    );
    expect(abusive.forced).toBe('hold');
    expect(pitch.rest).toBeGreaterThan(plainReader.rest + 2);
    expect(plainReader).toMatchObject({ forced: 'publish', rest: SPAM_PRIOR_LOG_ODDS, raw: 0, y: 0 });
  });

  it("publishes no more of the validation split's web spam than it must, before chasing YouTube F1", () => {
    // YouTube is separated at any shift near 0, so F1 alone would keep the shift at 0.
    const rows = [
      ...Array.from({ length: 100 }, () => plain(0, -6)),
      ...Array.from({ length: 100 }, () => plain(1, 3)),
      // Web spam the model scores low: only a higher shift keeps it from publishing.
      ...Array.from({ length: 10 }, () => plain(1, -1, 'corpus')),
      ...Array.from({ length: 100 }, () => plain(0, -6, 'corpus')),
    ];
    const shift = chooseOperatingShift(rows, identity);
    expect(shift).toBeGreaterThan(0);
    expect(
      rows.filter((r) => r.set === 'corpus' && r.y === 1).map((r) => verdictAt(r, identity, shift)),
    ).not.toContain('publish');
  });
});

describe('Hindi and Hinglish spam the seed does not contain, through the whole pipeline', () => {
  const verdict = (body: string) =>
    moderate(aComment({ body }), aContext({ spamClassifier: createSpamClassifier(base, null) })).verdict;
  it.each([
    'Instant personal loan bina CIBIL ke, 10 minute me approval. Abhi apply karein: 9876512345',
    'वशीकरण स्पेशलिस्ट बाबा जी, प्रेम विवाह समस्या का समाधान 24 घंटे में, कॉल करें 9812345678',
    'Ghar baithe 30000 mahina kamaye, sirf mobile chahiye, details ke liye WhatsApp 7012345678',
    'IPL match fixing tips 100% sure, join Telegram t.me/ipl_king_tips',
  ])('silences %s', (body) => {
    expect(verdict(body)).toBe('spam');
  });
  it.each([
    'Kal ka match dekha? Kohli ne kamaal kar diya, 82 run banaye',
    'मेरे गांव में अभी तक बिजली नहीं आई, सरकार ध्यान दे। फोन पर शिकायत की थी पर कुछ नहीं हुआ।',
    'Bhai loan ki EMI bahut badh gayi hai, RBI ko rate kam karna chahiye',
  ])('publishes %s', (body) => {
    expect(verdict(body)).toBe('publish');
  });
});

describe('site learning', () => {
  it('reads counts stored by the first model, and malformed JSON as empty', () => {
    const stored = { docs: { spam: 2, ham: 1 }, tokenTotals: { spam: 5, ham: 2 }, tokens: { satta: [2, 0] } };
    expect(readSiteSpamCounts(stored)).toEqual(stored);
    expect(readSiteSpamCounts(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readSiteSpamCounts('nonsense')).toEqual(emptySpamCounts());
    expect(readSiteSpamCounts({ docs: { spam: -1 }, tokens: { x: 'y' } })).toEqual(emptySpamCounts());
  });

  it('adds a labelled comment without changing the counts it was given', () => {
    const empty = emptySpamCounts();
    const learned = addLabelledTokens(empty, ['satta', 'satta', 'king'], 'spam');
    expect(empty.docs.spam).toBe(0);
    expect(learned.docs).toEqual({ spam: 1, ham: 0 });
    expect(learned.tokens).toEqual({ satta: [1, 0], king: [1, 0] });
    expect(addLabelledTokens(learned, ['king'], 'ham').tokens.king).toEqual([1, 1]);
  });

  it('learns a site’s own spam style within about 20 moderator decisions', () => {
    // A style the base model does not know (it now catches Kalyan charts and lucky numbers on its own): a local
    // coaching centre's plug, which this site's moderators call spam.
    const style = (n: number) =>
      `Sharma classes ka naya batch ${n % 10} tareekh se, physics maths dono, Lajpat Nagar wali gali me aao`;
    const realTalk = (n: number) =>
      `Aaj ke match me ${n} overs ke baad bhi team ne himmat nahi haari, shandaar khel`;
    const probe = aComment({
      body: 'Sharma classes ka naya batch shuru, physics maths dono, Lajpat Nagar wali gali me aao',
    });
    const before = moderate(probe, aContext({ spamClassifier: createSpamClassifier(base, null) }));
    expect(before.verdict).toBe('publish');

    let counts = emptySpamCounts();
    for (let i = 0; i < 10; i++) {
      counts = learnFromDecision(counts, aComment({ body: style(i) }), 'spam');
      counts = learnFromDecision(counts, aComment({ body: realTalk(i) }), 'approve');
    }
    const after = moderate(probe, aContext({ spamClassifier: createSpamClassifier(base, counts) }));
    expect(after.verdict).toBe('spam');
    expect(after.reasons.join(' ')).toMatch(/wording resembles spam/);
    // The approved style stays published: learning is not a general drift towards spam.
    const ham = aComment({ body: 'Kal ke match me 20 overs ke baad bhi team ne himmat nahi haari' });
    expect(moderate(ham, aContext({ spamClassifier: createSpamClassifier(base, counts) })).verdict).toBe(
      'publish',
    );
  });
});

describe('robustness', () => {
  const classifier = createSpamClassifier(base, null);
  const cases = {
    'a 10,000-character text': 'अच्छा लेख bahut badhiya '.repeat(420).slice(0, 10000),
    'emoji only': '😀🔥🙏🏽👍🏻❤️‍🔥',
    'mixed scripts': 'Привет नमस्ते hello مرحبا 你好 ☎ 98765 43210',
    'zero-width characters everywhere': 'w\u200bh\u200ba\u200bt\u200bs\u200ba\u200bp\u200bp karo',
  };
  it.each(Object.entries(cases))('moderates %s without crashing', (_name, body) => {
    const outcome = moderate(aComment({ body }), aContext({ spamClassifier: classifier }));
    expect(['publish', 'hold', 'spam', 'reject']).toContain(outcome.verdict);
    expect(Number.isFinite(outcome.spamScore)).toBe(true);
  });

  it('sees through zero-width characters that split a messenger name', () => {
    const outcome = moderate(aComment({ body: cases['zero-width characters everywhere'] }), aContext());
    expect(outcome.checks.map((c) => c.name)).toContain('messenger-invite');
  });
});
