import { siteSettingsWithDefaults } from '../site-settings';
import { CheckContext, CommentUnderCheck, PipelineState } from '../types';
import { moderate } from '../pipeline/pipeline';
import { aComment, aContext, stateFor } from '../testing/check-fixtures';
import { isLanguageAllowed, languageDetection, languagePolicy } from './language-policy';

const comment = (body: string): CommentUnderCheck => aComment({ body, authorName: 'पाठक' });
const context = (languages: string[]): CheckContext =>
  aContext({
    site: siteSettingsWithDefaults({ id: 'news', languages }),
    formToken: { state: 'valid', secondsToSubmit: 30 },
  });
/** The policy reads only what language detection left in the state, not the text. */
const state = (language: string, languageConfident = true): PipelineState =>
  stateFor(comment(''), { language, languageConfident });

describe('isLanguageAllowed', () => {
  it('allows every language when the list is empty, and und always', () => {
    expect(isLanguageAllowed('ur', [])).toBe(true);
    expect(isLanguageAllowed('und', ['hi'])).toBe(true);
  });

  it('reads "hi" as Hindi in either script, "hi-Deva" and "hi-Latn" as one script only', () => {
    expect(isLanguageAllowed('hi', ['hi'])).toBe(true);
    expect(isLanguageAllowed('hi-Latn', ['hi'])).toBe(true);
    expect(isLanguageAllowed('hi', ['hi-Deva'])).toBe(true);
    expect(isLanguageAllowed('hi-Latn', ['hi-Deva', 'en'])).toBe(false);
    expect(isLanguageAllowed('hi-Latn', ['hi-Latn'])).toBe(true);
    expect(isLanguageAllowed('hi', ['hi-Latn'])).toBe(false);
    expect(isLanguageAllowed('mr', ['hi', 'en'])).toBe(false);
  });
});

describe('language phases', () => {
  it('sets the language from the body', () => {
    expect(languageDetection(comment('धन्यवाद'), context([]), state('und'))).toEqual({
      language: 'hi',
      languageConfident: false,
    });
    expect(
      languageDetection(comment('यह ख़बर सही नहीं है, सरकार को जवाब देना चाहिए।'), context([]), state('und')),
    ).toEqual({ language: 'hi', languageConfident: true });
  });

  it('holds a comment in a language the site does not accept, with the language in the reason', () => {
    const out = languagePolicy(comment('یہ بہت اچھی خبر ہے'), context(['hi', 'en']), state('ur'));
    expect(out?.checks).toEqual([
      {
        name: 'language-policy',
        verdict: 'hold',
        score: 0,
        reason:
          "language not allowed: ur (read with confidence from the comment's own words, links left out)",
      },
    ]);
  });

  it('does not hold on a guess: a language read without confidence passes the policy', () => {
    expect(languagePolicy(comment('gracias'), context(['hi', 'en']), state('es', false))).toBeNull();
  });

  it('says nothing for an allowed language or und', () => {
    expect(languagePolicy(comment('bahut badhiya'), context(['hi', 'en']), state('hi-Latn'))).toBeNull();
    expect(languagePolicy(comment('ok'), context(['en']), state('und'))).toBeNull();
  });
});

describe('language is read from the words, not the links (issue 13)', () => {
  const site = context(['hi', 'en']);
  const outcomeOf = (body: string) => moderate(comment(body), site);

  it('reads a Hindi reader citing the BBC as Hindi and does not hold it for language', () => {
    const outcome = outcomeOf('इस विषय पर ये रिपोर्ट भी पढ़ने लायक है: https://www.bbc.com/hindi/international');
    expect(outcome.language).toBe('hi');
    expect(outcome.checks.find((c) => c.name === 'language-policy')).toBeUndefined();
  });

  it('calls a comment of links alone und, and neither that nor a two-word preface is "not allowed"', () => {
    const outcome = outcomeOf(
      'More reading: https://www.thehindu.com/news/national/ https://indianexpress.com/section/india/ https://www.bbc.com/news/world-asia-india https://www.reuters.com/world/india/',
    );
    expect(outcome.language).not.toBe('pt');
    expect(outcome.reasons.join(' ')).not.toMatch(/language not allowed/);
    expect(outcomeOf('https://www.lemonde.fr/international/ https://www.elpais.com/').language).toBe('und');
  });

  it('leaves emails, @mentions, #hashtags, numbers and emoji out of the language', () => {
    expect(outcomeOf('@carlos_garcia_mendes #EleccionesMunicipales 2026 👍👍').language).toBe('und');
    expect(
      outcomeOf('@rahul_sharma bhai aap sahi keh rahe ho, sarkar ko jawab dena chahiye #Budget2026').language,
    ).toBe('hi-Latn');
  });

  it('still holds a long comment clearly written in a language the site does not accept', () => {
    const outcome = outcomeOf('या निर्णयामुळे शेतकऱ्यांना खूप फायदा होईल असे मला वाटते, पण सरकारने लवकर निर्णय घ्यावा.');
    expect(outcome.language).toBe('mr');
    expect(outcome.reasons[0]).toMatch(/^language not allowed: mr \(read with confidence/);
  });
});
