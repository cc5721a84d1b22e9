import { aComment, checksOf } from '../../testing/check-fixtures';
import { PROMOTION_ASK_LOG_ODDS, promotionAskSignals } from './promotion-ask';

const checksFor = (body: string) => checksOf(promotionAskSignals, aComment({ body }));

describe('promotion ask', () => {
  it('notices the writer asking readers to come to the writer’s own work, misspelt or not', () => {
    for (const body of [
      'I am so awesome and smart!!! Sucscribe to me!',
      'please suscribe i am bored of 5 subscribers',
      'Come and watch my video, it is called the backyard zombie movie part 1',
      'If i reach 100 subscribers i will dye my hair green',
      "Hello! I'm kind of new to Youtube and I make piano covers",
      'Nice song. See my new track.',
    ]) {
      const [check] = checksFor(body);
      expect({ body, name: check?.name, score: check?.score }).toEqual({
        body,
        name: 'promotion-ask',
        score: PROMOTION_ASK_LOG_ODDS.alone,
      });
    }
  });

  it('reads a channel the writer opened as an ask, not a reader who made a video or passes on a clip', () => {
    for (const body of [
      'I made a gaming channel (Unique right?) :L Angry Minecraft!',
      'we just started our cooking channel, recipes from my nani every sunday',
    ]) {
      const [check] = checksFor(body);
      expect({ body, name: check?.name }).toEqual({ body, name: 'promotion-ask' });
    }
    for (const body of [
      'I made a video of the waterlogging outside the station and sent it to the railway minister on Twitter',
      'The channel they opened near the bridge floods every monsoon',
      'I saw this video on YouTube first, your report has more facts',
      'Watch this video on YouTube, the minister admitted it himself',
      'Check out this video on YouTube about the flood in Assam, the ground report is shocking',
      'Check out the official video of the speech, the quote above is from minute 12',
    ])
      expect({ body, checks: checksFor(body) }).toEqual({ body, checks: [] });
  });

  it('reads the ask in Devanagari and romanised Hindi, with its vowel signs', () => {
    const [hindi] = checksFor('बहुत बढ़िया गाना। मेरे चैनल को सब्सक्राइब करें, नए वीडियो रोज़ आते हैं।');
    expect(hindi.name).toBe('promotion-ask');
    expect(hindi.reason).toContain('मेरे चैनल को सब्सक्राइब');
    expect(checksFor('bhai mera channel bhi dekho, gaming videos daalta hoon')[0]?.name).toBe(
      'promotion-ask',
    );
  });

  it('counts more beside a link of the writer’s own, and a link ask only there', () => {
    const [withLink] = checksFor('https://www.facebook.com/someband add mee <3');
    expect(withLink.score).toBe(PROMOTION_ASK_LOG_ODDS.withOwnLink);
    expect(withLink.reason).toContain('facebook.com');
    expect(checksFor('See who is in the lead and vote: http://vote-for-katy.example.com/x')[0]?.name).toBe(
      'promotion-ask',
    );
    // Presenting a video or a cover one made is promotion where it links to it, a reader's story where it does not.
    expect(
      checksFor('We did a cover of this song, please have a look http://youtu.be/x1y2z3')[0]?.score,
    ).toBe(PROMOTION_ASK_LOG_ODDS.withOwnLink);
    expect(checksFor('We did a cover of this song, please have a look')).toEqual([]);
    // The same ask beside an official site, or with no link at all, is a citizen's, not a promoter's.
    expect(checksFor('20 तारीख को वोट करें, अपना बूथ यहाँ देखें: https://electoralsearch.eci.gov.in')).toEqual([]);
    expect(checksFor('Please vote on Saturday, the queues were short last time')).toEqual([]);
  });

  it('notices asks for likes on the comment itself, not readers talking about views and subscribers', () => {
    expect(checksFor('Like this comment if you are watching on a phone')[0]?.name).toBe('like-farming');
    for (const body of [
      'this video has 800m views and the channel got 3m subscribers',
      'I subscribed to the print edition last year and the e-paper is worse',
      'मैंने भी यह वीडियो देखा, बहुत अच्छा लगा।',
      'Check the official page for the schedule, my son found it there',
      'Yeh video zaroor dekho, PM ka pura bhashan hai',
      // News readers about their own lives: places they visit, videos they made, the paper they pay for.
      'Whenever I visit my hometown in Bihar the roads are still broken, nothing has changed in ten years.',
      'I made a video of the flood in our street last year and sent it to the DM office, nobody replied.',
      'Come and see my village, sir, then you will know what development means.',
      'I cancelled my subscription after the paywall went up.',
    ])
      expect({ body, checks: checksFor(body) }).toEqual({ body, checks: [] });
  });
});
