import { newToken, threadUrl, TOKEN_SHAPE, unsubscribeUrl } from './links';

describe('mail links', () => {
  it('makes tokens that say nothing and match the shape the pages accept', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(TOKEN_SHAPE);
    expect(TOKEN_SHAPE.test('priya@example.in')).toBe(false);
    expect(unsubscribeUrl('https://c.example', 'abc')).toBe(
      'https://c.example/v1/notifications/unsubscribe?token=abc',
    );
  });

  it("links a thread to its page when its id says where, else to the site's home", () => {
    const origins = ['https://khabar.example/'];
    expect(threadUrl('https://khabar.example/desh/budget-2026', origins, 'https://c.example')).toBe(
      'https://khabar.example/desh/budget-2026',
    );
    expect(threadUrl('/desh/budget-2026', origins, 'https://c.example')).toBe(
      'https://khabar.example/desh/budget-2026',
    );
    expect(threadUrl('post-42', origins, 'https://c.example')).toBe('https://khabar.example/');
    expect(threadUrl('post-42', [], 'https://c.example')).toBe('https://c.example/');
  });
});
