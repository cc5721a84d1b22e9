import { moderate } from '../pipeline/pipeline';
import { abuseScores } from '../abuse/abuse-scores';
import { findAbusiveWords, maskWord } from '../abuse/abusive-words';
import { plainContext, readerComment } from '../abuse/test-context';

const categoriesOf = (body: string, over = {}) =>
  moderate(readerComment(body, over), plainContext())
    .checks.filter((c) => c.name.startsWith('abuse.') && c.verdict !== 'signal')
    .map((c) => c.name.slice('abuse.'.length))
    .sort();

describe('abuse categories', () => {
  it('names profanity, insult, hate, threat and sexual harassment in both scripts and English', () => {
    expect(categoriesOf('क्या बकवास है, मादरचोद सिस्टम।')).toEqual(['profanity']);
    expect(categoriesOf('what a fucking mess this budget is')).toEqual(['profanity']);
    expect(categoriesOf('तू पागल है क्या? अक्ल नहीं है तुझमें।')).toEqual(['insult']);
    expect(categoriesOf('you are an idiot, read the article first')).toEqual(['insult']);
    expect(categoriesOf('ये बिहारी लोग दीमक हैं, पूरे शहर को खा गए।')).toEqual(['hate']);
    expect(categoriesOf('तुझे घर से उठा लेंगे, जान से मार देंगे।')).toContain('threat');
    expect(categoriesOf('tu bahut sexy hai, number de apna')).toEqual(['sexual']);
  });

  it('aims a mild word at the author, a journalist or the reader replied to, never at an object', () => {
    expect(categoriesOf('लेखक महोदय बिल्कुल मूर्ख हैं।')).toEqual(['insult']);
    expect(categoriesOf('ghatiya bakwas likhta hai ye patrakar')).toEqual(['insult']);
    expect(categoriesOf('मूर्खता भरी बात, जाहिल', { parentId: 'p1' })).toEqual(['insult']);
    expect(categoriesOf('@Ramesh नालायक आदमी, पढ़ तो ले')).toEqual(['insult']);
    expect(categoriesOf('ये सड़क बिल्कुल घटिया बनी है।')).toEqual([]);
    expect(categoriesOf('bloody traffic, 2 ghante se phase hain')).toEqual([]);
  });

  it('does not call a neutral or friendly mention, a news report, counter-speech or friends’ banter abuse', () => {
    expect(categoriesOf('ईद मुबारक मुसलमान भाइयों।')).toEqual([]);
    expect(categoriesOf('दलित छात्रों के लिए छात्रवृत्ति की घोषणा अच्छी है।')).toEqual([]);
    expect(categoriesOf('भीड़ ने युवक को जलाया, पुलिस जांच कर रही है।')).toEqual([]);
    expect(categoriesOf('किसी समुदाय को गद्दार कहना गलत है।')).toEqual([]);
    expect(categoriesOf("'इन्हें पाकिस्तान भेजो' कहना शर्मनाक है।")).toEqual([]);
    expect(categoriesOf('मैं किसी धर्म से नफ़रत नहीं करता।')).toEqual([]);
    expect(categoriesOf('अरे साले, कल मैच देखने चलेगा? 😂')).toEqual([]);
    expect(categoriesOf('सरकार की नीति गलत है, मंत्री जी को इस्तीफ़ा देना चाहिए।')).toEqual([]);
  });

  it('applies the site’s abusePolicy: publish only reports, reject rejects', () => {
    const body = 'तुम बेवकूफ हो, चुप रहो कमीने';
    const publish = plainContext({
      abusePolicy: { profanity: 'hold', insult: 'publish', hate: 'hold', threat: 'reject', sexual: 'hold' },
    });
    const outcome = moderate(readerComment(body), publish);
    expect(outcome.verdict).toBe('publish');
    expect(outcome.checks.find((c) => c.name === 'abuse.insult')?.verdict).toBe('signal');
    const reject = plainContext({
      abusePolicy: { profanity: 'hold', insult: 'reject', hate: 'hold', threat: 'reject', sexual: 'hold' },
    });
    expect(moderate(readerComment(body), reject).verdict).toBe('reject');
  });

  it('checks the author name for listed words and slurs', () => {
    expect(categoriesOf('नमस्ते', { authorName: 'Madarchod' })).toEqual(['profanity']);
  });
});

describe('abuseScores', () => {
  it('gives a probability per category, high for what the rules find and low for a clean comment', () => {
    const hate = abuseScores('इन मुल्लों को पाकिस्तान भेज दो');
    expect(Object.keys(hate).sort()).toEqual(['hate', 'insult', 'profanity', 'sexual', 'threat']);
    expect(hate.hate).toBeGreaterThan(0.7);
    const clean = abuseScores('बहुत अच्छा लेख है, धन्यवाद। Great analysis.');
    for (const p of Object.values(clean)) expect(p).toBeLessThan(0.5);
    for (const p of Object.values(hate)) expect(p >= 0 && p <= 1).toBe(true);
  });
});

describe('findAbusiveWords and maskWord', () => {
  it('lists words most severe first and masks by grapheme', () => {
    expect(findAbusiveWords('तू मादरचोद है, पागल').map((w) => `${w.tier}:${w.term}`)).toEqual([
      'severe:मादरचोद',
      'mild:पागल',
    ]);
    expect(maskWord('madarchod')).toBe('m*******d');
    expect(maskWord('चूतिया')).toBe('चू*या');
  });
});

describe('the learned model alone', () => {
  it('may hold for a category the rules did not find, but never rejects unseen', () => {
    const outcome = moderate(readerComment('इन मुल्लों को पाकिस्तान भेज दो'), plainContext());
    expect(outcome.verdict).toBe('hold');
    for (const check of outcome.checks.filter((c) => c.name.startsWith('abuse.'))) {
      expect(check.verdict).not.toBe('reject');
      if (check.reason.includes('learned model')) expect(check.reason).toMatch(/learned model, 0\.\d\d$/);
    }
  });

  it('publishes a mild English exclamation nobody is called, and still holds strong profanity and a mild word aimed', () => {
    expect(categoriesOf('LOL this shit never gets old')).toEqual([]);
    expect(categoriesOf('I love this shit but I disliked it')).toEqual([]);
    expect(categoriesOf('damn, what a comeback by the bowlers')).toEqual([]);
    expect(categoriesOf('this is fucking shit')).toContain('profanity');
    expect(categoriesOf('eat shit and die')).toContain('profanity');
    expect(categoriesOf('you are a shit, go die')).toContain('insult');
  });

  it('does not overrule the rules where they read a denial, a quote or a condemnation the model cannot see', () => {
    // Each of these scored over the hate threshold with the model alone (0.90, 0.91, 0.93).
    expect(categoriesOf('मुसलमान आतंकवादी नहीं हैं, मेरे सबसे अच्छे दोस्त मुसलमान हैं')).toEqual([]);
    expect(categoriesOf('जो लोग कहते हैं "सब बिहारी चोर होते हैं" उन्हें अपने गिरेबान में झांकना चाहिए')).toEqual([]);
    expect(categoriesOf('हर दाढ़ी वाले को jihadi बोलना बंद करो, ये नफ़रत है')).toEqual([]);
  });
});
