import { siteSettingsWithDefaults } from '../site-settings';
import { moderate } from '../pipeline/pipeline';
import { CheckContext } from '../types';
import { aggressionCheck, abusiveLanguage } from './abuse-phase';
import { aggressionGroupOf, aggressionProbabilityOfText, loadAggressionModel } from './aggression-model';
import { matchForm } from '../text/match-form';

const context: CheckContext = {
  site: siteSettingsWithDefaults({ id: 'news' }),
  formToken: { state: 'valid', secondsToSubmit: 30 },
  author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
};
const comment = (body: string) => ({
  id: 'c1',
  body,
  authorName: 'पाठक',
  authorUrl: null,
  honeypot: null,
  parentId: null,
});

describe('the learned aggression model', () => {
  it('reads an aggressive comment without listed words as more aggressive than a calm one', () => {
    const aggressive = aggressionProbabilityOfText(
      'tum jaise gaddar aur deshdrohi logon ko jail me daal ke maaro, sharam nahi aati kutto',
    );
    const calm = aggressionProbabilityOfText('Bahut accha article hai, sarkar ko is par dhyan dena chahiye');
    expect(aggressive).toBeGreaterThan(calm);
    // TRAC-1's Hindi set is mostly aggressive, so Hindi scores run high; the Hindi hold threshold is set accordingly.
    expect(calm).toBeLessThan(loadAggressionModel().model.thresholds.hi.hold);
    expect(aggressive).toBeGreaterThanOrEqual(loadAggressionModel().model.thresholds.hi.hold);
  });

  it('has a hold threshold above its signal threshold for both language groups', () => {
    const { thresholds } = loadAggressionModel().model;
    for (const group of ['hi', 'en'] as const) {
      expect(thresholds[group].hold).toBeGreaterThan(thresholds[group].signal);
      expect(thresholds[group].hold).toBeLessThan(1);
    }
    expect(aggressionGroupOf('hi-Latn')).toBe('hi');
    expect(aggressionGroupOf('und')).toBe('en');
  });

  it('holds with a plain-words reason and the probability, and says nothing of a calm comment', () => {
    const text = 'tum jaise gaddar aur deshdrohi logon ko jail me daal ke maaro, sharam nahi aati kutto';
    const check = aggressionCheck(matchForm(text), 'hi-Latn');
    expect(check).toMatchObject({ name: 'aggression-model', verdict: 'hold', score: 0 });
    expect(check?.reason).toMatch(/^Reads as aggressive \(learned model, 0\.\d\d\)$/);
    const outcome = moderate(comment(text), context);
    expect(outcome.verdict).toBe('hold');
    expect(
      aggressionCheck(matchForm('Thank you for this detailed report on rural schools'), 'en'),
    ).toBeNull();
    expect(
      abusiveLanguage(comment('आपका लेख अच्छा लगा, धन्यवाद।'), context, { checks: [], language: 'hi' }),
    ).toBeNull();
  });
});
