import { renderBodyHtml } from './render-body';

describe('renderBodyHtml', () => {
  it('escapes markup and keeps Hindi text as it is', () => {
    expect(renderBodyHtml('<script>alert(1)</script> नमस्ते।')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; नमस्ते।',
    );
    expect(renderBodyHtml('<img src=x onerror="alert(1)">')).not.toMatch(/<img/);
  });

  it('links http(s) URLs with nofollow ugc noopener and turns line breaks into <br>', () => {
    expect(renderBodyHtml('देखें https://example.org/a?b=1&c=2\nधन्यवाद')).toBe(
      'देखें <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">https://example.org/a?b=1&amp;c=2</a><br>धन्यवाद',
    );
  });

  it('never links javascript: and keeps quotes out of attributes', () => {
    expect(renderBodyHtml('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(renderBodyHtml('https://x.org/"onmouseover="alert(1)')).not.toMatch(/href="[^"]*"onmouseover/);
  });
});
