import { cleanField, cleanUrl, parseSourceDate, pathAndQuery, plainTextFromHtml } from './source-text';

describe('source text', () => {
  it('reads WordPress GMT dates and ISO 8601, and refuses impossible ones', () => {
    expect(parseSourceDate('2025-11-06 15:35:12')?.toISOString()).toBe('2025-11-06T15:35:12.000Z');
    expect(parseSourceDate('2025-12-01T05:10:00Z')?.toISOString()).toBe('2025-12-01T05:10:00.000Z');
    expect(parseSourceDate('2025-12-01T10:40:00+05:30')?.toISOString()).toBe('2025-12-01T05:10:00.000Z');
    expect(parseSourceDate('2025-02-30 10:00:00')).toBeNull(); // no 30 February
    expect(parseSourceDate('2025-13-41 25:61:00')).toBeNull();
    expect(parseSourceDate('0000-00-00 00:00:00')).toBeNull();
    expect(parseSourceDate('19/11/2025 18:00')).toBeNull();
    expect(parseSourceDate(undefined)).toBeNull();
  });

  it('turns HTML into text with links kept, and leaves plain text alone', () => {
    expect(plainTextFromHtml('<p>देखें <a href="https://prs.example.org/r">रिपोर्ट</a> &amp; बताएं।</p>')).toBe(
      'देखें रिपोर्ट [https://prs.example.org/r] & बताएं।',
    );
    expect(plainTextFromHtml('<a href="https://x.example">https://x.example</a>')).toBe('https://x.example');
    expect(plainTextFromHtml('  पहली पंक्ति\nदूसरी  ')).toBe('पहली पंक्ति\nदूसरी');
    // NFC: a decomposed accent is composed (Devanagari nukta letters stay decomposed under NFC, as they should).
    expect(plainTextFromHtml('Cafe\u0301 में')).toBe('Caf\u00e9 में');
    expect(plainTextFromHtml('\u095c')).toBe('\u0921\u093c');
  });

  it('keeps only URLs intake would accept, and thread paths from links', () => {
    expect(cleanUrl(' https://reena.example.in/blog ')).toBe('https://reena.example.in/blog');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl(`https://x.example/${'a'.repeat(200)}`)).toBeNull();
    expect(pathAndQuery('https://samachar.example.in/2019/03/x/?p=7')).toBe('/2019/03/x/?p=7');
    expect(pathAndQuery('not a link')).toBeNull();
    expect(cleanField(`  ${'अ'.repeat(300)} `, 245)).toHaveLength(245);
  });
});
