import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { linkLimit } from './link-limit';

const site = siteSettingsWithDefaults({ id: 'news', maxLinks: 2 });

describe('linkLimit', () => {
  it('holds at the limit (WordPress semantics), naming the count', () => {
    const body = 'दो रिपोर्ट देखें: https://a.example.com और www.b.example.org पर।';
    expect(checksOf(linkLimit, aComment({ body }), aContext({ site }))).toEqual([
      expect.objectContaining({
        name: 'links',
        verdict: 'hold',
        reason: expect.stringMatching(/^It has 2 links/),
      }),
    ]);
  });

  it('passes under the limit, and never checks when the limit is 0', () => {
    expect(checksOf(linkLimit, aComment({ body: 'देखें https://a.example.com' }), aContext({ site }))).toEqual(
      [],
    );
    const off = siteSettingsWithDefaults({ id: 'news', maxLinks: 0 });
    const body = 'https://a.example.com https://b.example.com https://c.example.com';
    expect(checksOf(linkLimit, aComment({ body }), aContext({ site: off }))).toEqual([]);
  });
});
