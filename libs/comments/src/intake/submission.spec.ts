import { messageLanguage } from './messages';
import { fromFormFields, validateSubmission } from './submission';

const good = { authorName: ' रीना ', authorEmail: 'reena@example.org', body: ' बहुत अच्छा लेख।\n' };

describe('validateSubmission', () => {
  it('accepts a Hindi comment, trimmed and NFC', () => {
    const result = validateSubmission({ ...good, body: 'क\u093c' }, 10000, 'en');
    expect(result).toMatchObject({
      ok: true,
      value: { authorName: 'रीना', body: '\u0915\u093c'.normalize('NFC') },
    });
  });

  it('names every bad field with its code', () => {
    const result = validateSubmission(
      {
        authorName: '  ',
        authorEmail: 'not-an-email',
        authorUrl: 'javascript:alert(1)',
        body: 'x'.repeat(11),
        extra: 1,
      },
      10,
      'en',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['extra', 'unknown_field'],
      ['authorName', 'required'],
      ['authorEmail', 'invalid_email'],
      ['authorUrl', 'invalid_url'],
      ['body', 'too_long'],
    ]);
  });

  it('counts characters, not UTF-16 units, for limits', () => {
    const name = '😀'.repeat(245);
    expect(validateSubmission({ ...good, authorName: name }, 10000, 'en').ok).toBe(true);
    expect(validateSubmission({ ...good, authorName: name + '😀' }, 10000, 'en').ok).toBe(false);
  });

  it('refuses an email or URL with a lone surrogate as invalid, without throwing', () => {
    const result = validateSubmission(
      { ...good, authorEmail: 'a\ud800@example.org', authorUrl: 'https://e.in/\udc00' },
      100,
      'en',
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'authorEmail:invalid_email',
      'authorUrl:invalid_url',
    ]);
  });

  it('takes notify as replies, thread or nothing, and names it otherwise', () => {
    const notify = (value: unknown) => {
      const result = validateSubmission({ ...good, notify: value }, 10000, 'hi');
      return result.ok ? result.value.notify : result.errors.map((e) => `${e.field}:${e.code}:${e.message}`);
    };
    expect(notify('replies')).toBe('replies');
    expect(notify('thread')).toBe('thread');
    expect(notify(undefined)).toBeNull();
    expect(notify('')).toBeNull();
    expect(notify('all')).toEqual(['notify:invalid_choice:ईमेल सूचना: "replies" या "thread" में से एक चुनें।']);
    expect(notify(true)).toEqual(['notify:invalid_choice:ईमेल सूचना: "replies" या "thread" में से एक चुनें।']);
  });

  it('speaks Hindi when asked', () => {
    const result = validateSubmission({ authorEmail: 'x@y.in', body: 'ठीक' }, 100, 'hi');
    expect(!result.ok && result.errors[0].message).toBe('नाम आवश्यक है।');
  });

  it('refuses a non-text value instead of crashing', () => {
    const result = validateSubmission({ ...good, body: { $gt: '' } }, 100, 'en');
    expect(!result.ok && result.errors[0]).toMatchObject({ field: 'body', code: 'invalid_type' });
  });
});

describe('fromFormFields', () => {
  it("maps WordPress's names and drops comment_parent=0", () => {
    expect(
      fromFormFields({ author: 'a', email: 'b', url: '', comment: 'c', comment_parent: '0', submit: 'Post' }),
    ).toEqual({
      authorName: 'a',
      authorEmail: 'b',
      authorUrl: '',
      body: 'c',
    });
  });
});

describe('messageLanguage', () => {
  it('follows the preference order', () => {
    expect(messageLanguage('hi-IN,hi;q=0.9,en;q=0.8')).toBe('hi');
    expect(messageLanguage('en-US,en;q=0.9,hi;q=0.8')).toBe('en');
    expect(messageLanguage('fr, hi;q=0.5')).toBe('hi');
    expect(messageLanguage(undefined)).toBe('en');
  });
});
