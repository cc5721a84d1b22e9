import { siteSettingsWithDefaults } from '../site-settings';
import { CheckContext, CommentUnderCheck, PipelineState } from '../types';
import { isLanguageAllowed, languageDetection, languagePolicy } from './language-policy';

const comment = (body: string): CommentUnderCheck => ({
  id: 'c1',
  body,
  authorName: 'पाठक',
  authorUrl: null,
  honeypot: null,
  parentId: null,
});
const context = (languages: string[]): CheckContext => ({
  site: siteSettingsWithDefaults({ id: 'news', languages }),
  formToken: { state: 'valid', secondsToSubmit: 30 },
  author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
});
const state = (language: string): PipelineState => ({ checks: [], language });

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
    expect(languageDetection(comment('यह ख़बर सही नहीं है।'), context([]), state('und'))).toEqual({
      language: 'hi',
    });
  });

  it('holds a comment in a language the site does not accept, with the language in the reason', () => {
    const out = languagePolicy(comment('یہ بہت اچھی خبر ہے'), context(['hi', 'en']), state('ur'));
    expect(out?.checks).toEqual([
      { name: 'language-policy', verdict: 'hold', score: 0, reason: 'language not allowed: ur' },
    ]);
  });

  it('says nothing for an allowed language or und', () => {
    expect(languagePolicy(comment('bahut badhiya'), context(['hi', 'en']), state('hi-Latn'))).toBeNull();
    expect(languagePolicy(comment('ok'), context(['en']), state('und'))).toBeNull();
  });
});
