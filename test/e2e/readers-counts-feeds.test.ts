import { gzipSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses with a real XML parser (namespaces on): throws on anything that is not well-formed XML. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = { name: tag.local!, uri: tag.uri!, attributes, text: '', children: [] };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root!;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const children = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
const ATOM = 'http://www.w3.org/2005/Atom';

/** Counts for article lists and Atom feeds: published comments only, cacheable, valid, never an email. */
describe('readers: counts and Atom feeds', () => {
  const app = useTestApp({ withWorker: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  let siteId: string;
  const origin = 'https://news.example';
  const counts = (threads: string, headers: Record<string, string> = {}) =>
    http(`${app.url}/v1/sites/${siteId}/counts?threads=${threads}`, { headers });

  const publish = async (thread: string, body: string) => {
    const { id, status } = await submitChecked(app.url, siteId, thread, { body });
    if (status !== 'published') await changeStatus(app.app, id, 'published');
    return id;
  };

  beforeAll(async () => {
    siteId = await createSite(app.app, { languages: ['hi', 'en'], name: 'समाचार & "डेमो"' });
    await publish('budget', 'बजट में किसानों के लिए कुछ ठोस नहीं है। निराशाजनक।');
    await publish('budget', 'शिक्षा पर ख़र्च बढ़ा है, यह अच्छी बात है। <b>सच</b> & साफ़');
    await publish('rail', 'रेल किराया फिर बढ़ गया।');
    const held = await submitChecked(app.url, siteId, 'rail', { body: 'यह टिप्पणी रोकी जाएगी।' });
    await changeStatus(app.app, held.id, 'held');
  });

  it('counts published comments of each thread asked, 0 for an unknown one, with ETag and 304', async () => {
    const first = await counts('budget,rail,nobody,budget');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ counts: { budget: 2, rail: 1, nobody: 0 } });
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await counts('budget,rail,nobody', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    // A new published comment changes the numbers and so the validator.
    await publish('rail', 'स्टेशन पर सफ़ाई बेहतर हुई है।');
    const changed = await counts('budget,rail,nobody', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.counts.rail).toBe(2);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('refuses a missing, empty, oversized or repeated threads list with a 400 naming threads', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `t${i}`).join(',');
    for (const query of [
      '',
      'threads=',
      `threads=${many}`,
      'threads=a,,b',
      `threads=${'x'.repeat(201)}`,
      'threads=a&threads=b',
    ]) {
      const answer = await http(`${app.url}/v1/sites/${siteId}/counts?${query}`);
      expect([answer.status, answer.body.errors?.[0]?.field]).toEqual([400, 'threads']);
    }
    const hundred = Array.from({ length: 100 }, (_, i) => `t${i}`).join(',');
    expect(Object.keys((await counts(hundred)).body.counts)).toHaveLength(100);
    expect((await http(`${app.url}/v1/sites/no-such-site/counts?threads=a`)).status).toBe(404);
  });

  it("answers CORS for the site's allowed origins and 403 for others", async () => {
    const allowed = await counts('budget', { origin });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/etag/);
    expect((await counts('budget', { origin: 'https://elsewhere.example' })).status).toBe(403);
  });

  it('serves /count.js under 1 KB gzip, cacheable by ETag', async () => {
    const script = await http(`${app.url}/count.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(gzipSync(script.text, { level: 9 }).length).toBeLessThanOrEqual(1024);
    expect(script.text).toContain('data-comment-count');
    const etag = script.headers.get('etag')!;
    expect((await http(`${app.url}/count.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it("serves a thread's feed as valid Atom 1.0 with the required elements, escaped, newest first", async () => {
    const feed = await http(`${app.url}/v1/sites/${siteId}/threads/budget/feed.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const root = parseXml(feed.text);
    expect([root.name, root.uri, root.attributes['xml:lang']]).toEqual(['feed', ATOM, 'hi']);
    for (const name of ['id', 'title', 'updated']) expect(child(root, name)?.text).toBeTruthy();
    expect(child(root, 'title')!.text).toBe('टिप्पणियाँ: समाचार & "डेमो" — budget');
    expect(child(root, 'link')!.attributes).toMatchObject({ rel: 'self', href: child(root, 'id')!.text });
    const entries = children(root, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'published', 'content'])
        expect(child(entry, name)?.text).toBeTruthy();
      expect(child(entry, 'id')!.text).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(child(child(entry, 'author')!, 'name')!.text).toBe('रीना शर्मा');
      expect(child(entry, 'content')!.attributes.type).toBe('html');
    }
    // Newest first; the author's markup arrives as text inside the escaped HTML, never as markup.
    expect(child(entries[0], 'content')!.text).toBe(
      'शिक्षा पर ख़र्च बढ़ा है, यह अच्छी बात है। &lt;b&gt;सच&lt;/b&gt; &amp; साफ़',
    );
    expect(Date.parse(child(root, 'updated')!.text)).toBeGreaterThanOrEqual(
      Date.parse(child(entries[1], 'updated')!.text),
    );
  });

  it("serves the site's feed with the latest 50 published comments across threads, and held ones left out", async () => {
    const root = parseXml((await http(`${app.url}/v1/sites/${siteId}/feed.atom`)).text);
    const bodies = children(root, 'entry').map((e) => child(e, 'content')!.text);
    expect(bodies).toHaveLength(4);
    expect(bodies).toContain('रेल किराया फिर बढ़ गया।');
    expect(bodies.join(' ')).not.toContain('रोकी जाएगी');
    for (let i = 0; i < 50; i++) await publish('many', `टिप्पणी संख्या ${i} पर मेरा विचार अलग है।`);
    const full = parseXml((await http(`${app.url}/v1/sites/${siteId}/feed.atom`)).text);
    expect(children(full, 'entry')).toHaveLength(50);
    expect((await http(`${app.url}/v1/sites/no-such-site/feed.atom`)).status).toBe(404);
  });
});
