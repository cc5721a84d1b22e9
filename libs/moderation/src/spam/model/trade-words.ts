/**
 * The vocabulary of the trades whose pitches still published without a link or phone (issue 13, fifth pass): betting
 * and satta, trading and crypto "tips" and the recovery of losses, SEO and followers for sale. Written by the team, in
 * Devanagari and romanised forms. Each trade is one model feature (`<trade:betting>`, …) whose weight is learned:
 * readers talk about the same trades (a raid on a satta den, a falling share market, a site's Google ranking), so
 * none of these words decides anything alone; the model weighs them beside the rest of the comment.
 * A Devanagari word ends where no letter or vowel sign follows (a vowel sign belongs to its word).
 */
const END = '(?![\\p{L}\\p{M}])';
const START = '(?<![\\p{L}\\p{M}])';

function tradePattern(words: readonly string[]): RegExp {
  return new RegExp(`${START}(?:${words.join('|')})${END}`, 'iu');
}

const TRADE_WORDS: Record<string, readonly string[]> = {
  betting: [
    // Not the spam-topic lexicon's betting words (सट्टा, satta, matka, casino, rummy, teen patti, aviator, jackpot):
    // those already count in the pipeline, and learned here too a reader's "lost money in online rummy" was silenced.
    'सट्टे',
    'सट्टेबाज\\S*',
    'कैसिनो',
    'बेटिंग',
    'टीन पत्ती',
    'तीन पत्ती',
    'जैकपॉट',
    'लीक नंबर',
    'पक्का नंबर',
    'फिक्स नंबर',
    'satte',
    'betting',
    'bet lagao',
    'bet lagaye',
    'leak number',
    'fix number',
    'pakka number',
    'single jodi',
    'disawar',
    'desawar',
    'satta id',
    'odds',
    'roulette',
    'spin the wheel',
  ],
  trading: [
    // "शेयर" alone is mostly "share this" and "सिग्नल" a traffic signal: only the market's words.
    'ट्रेडिंग',
    'ट्रेडर',
    'शेयर बाज़ार',
    'शेयर बाजार',
    'शेयर मार्केट',
    'शेयर टिप\\S*',
    '(?:यह|ये|इस) शेयर',
    'फॉरेक्स',
    'क्रिप्टो',
    'बिटकॉइन',
    'निवेश',
    'मुनाफा',
    'मुनाफे',
    'घाटा',
    'घाटे',
    'नुकसान की भरपाई',
    'trading',
    'trader',
    'traders',
    'stocks?',
    'share market',
    'forex',
    'crypto',
    'bitcoin',
    'btc',
    'usdt',
    'invest',
    'investment',
    'investing',
    'profit',
    'profits',
    'munafa',
    'ghata',
    'signals?',
    'intraday',
    'upper circuit',
    'loss recovery',
    'returns',
    'portfolio',
  ],
  seo: [
    'seo',
    'एसईओ',
    'backlinks?',
    'बैकलिंक\\S*',
    'guest posts?',
    'sponsored posts?',
    'link insertions?',
    'niche edits?',
    'link exchange',
    'google rank\\S*',
    'गूगल रैंकिंग',
    'webmaster',
    'website traffic',
    'followers',
    'फॉलोअर्स',
    'फॉलोवर्स',
    'blue tick',
    'ब्लू टिक',
    'domain authority',
    'dofollow',
    'do-follow',
    // Asking a site's owner to place the writer's link, in the words a Hinglish or Hindi pitch uses.
    'link daal\\S*',
    'link dal do',
    'link lagwa\\S*',
    'लिंक डाल\\S*',
    'लिंक लगवा\\S*',
    'paid posts?',
    'white hat',
  ],
};

const TRADES = Object.entries(TRADE_WORDS).map(([trade, words]) => ({
  feature: `<trade:${trade}>`,
  pattern: tradePattern(words),
}));

/** The trade features of a comment's text (links already left out by the caller or not: hosts are learned apart). */
export function tradeFeaturesOf(text: string): string[] {
  const out: string[] = [];
  for (const { feature, pattern } of TRADES) if (pattern.test(text)) out.push(feature);
  return out;
}
