import { Page } from 'playwright-core';
import { CommentImporter, DEMO_SITE_ID, ImportRepository } from '@app/comments';
import { loadSecrets, parseEnv } from '@app/config';
import { DATABASE } from '@app/db';
import { wcagViolations } from '../support/axe';
import { useBrowserApp } from '../support/browser';
import { http } from '../support/client';
import { query } from '../support/database';
import { changeStatus } from '../support/webhook-helpers';

const PLACEHOLDER = 'यह टिप्पणी अभी उपलब्ध नहीं है।';
/** The server HTML of the demo article (no widget). */
const S = 'comment-thread .comments';
jest.setTimeout(120000);

type Source = { key: string; author: string; body: string; parent?: string; approved?: '1' | '0' | 'spam' };

/**
 * What readers without JavaScript see of a reply whose parent is not public (held, spam, rejected or deleted by its
 * author): the reply stays under "यह टिप्पणी अभी उपलब्ध नहीं है।" in its parent's place, on the parent's page and on
 * a later one, as the widget shows it; a reply whose parent is public on an earlier page stands at the top. The
 * pages together show every published comment exactly once.
 */
describe('no-JS thread page: replies whose parent is not public', () => {
  const api = useBrowserApp({ build: { widget: 'if-missing' } });
  const ids = new Map<string, string>();
  const id = (key: string) => ids.get(key)!;

  /** Page one holds 100 published comments: the parents, their first replies and fillers; page two the rest. */
  const sources: Source[] = [
    { key: 'A', author: 'सुरेश', body: 'लावरोव की यात्रा का समय बहुत कुछ कहता है।' },
    {
      key: 'H',
      author: 'गुमनाम पाठक',
      body: 'ये सब नाटक है, असली खबर छुपा रहे हैं।',
      approved: '0',
    },
    {
      key: 'RH1',
      author: 'Neha',
      parent: 'H',
      body: 'Aisa nahi hai bhai, Reuters ne bhi yahi report kiya hai। पूरी ख़बर पढ़िए।',
    },
    { key: 'X', author: 'राजीव मल्होत्रा', body: 'रूस और उत्तर कोरिया की दोस्ती भारत के लिए भी चिंता है।' },
    {
      key: 'RX1',
      author: 'Farhan',
      parent: 'X',
      body: 'India ka stand neutral rahega, hum dono se trade karte hain।',
    },
    { key: 'B', author: 'मीनाक्षी', body: 'जापान की प्रतिक्रिया का इंतज़ार रहेगा।' },
    {
      key: 'SP',
      author: 'Crypto Guru',
      parent: 'B',
      body: 'Earn 5000 daily from home!!! WhatsApp karo abhi',
      approved: 'spam',
    },
    {
      key: 'RSP',
      author: 'दीपक',
      parent: 'SP',
      body: 'इसे रिपोर्ट कीजिए, ये हर ख़बर पर यही लिखता है।',
    },
  ];
  const fillers = [
    'प्रायद्वीप में तनाव बढ़ा तो व्यापार पर असर पड़ेगा।',
    'Bahut accha lekh hai, dhanyavaad.',
    'अमेरिका को भी संयम रखना चाहिए।',
    'Sanctions ka koi asar dikhta nahi ab.',
    'दक्षिण कोरिया चुप क्यों है?',
    'इस ख़बर का विश्लेषण भी छापिए।',
    'Russia apne hisaab se chal raha hai, koi naya nahi.',
    'समुद्री मार्ग हमारे निर्यात के लिए ज़रूरी हैं।',
    'Japan ki taraf se bayan aana chahiye tha।',
    'लेख में तथ्य अच्छे से रखे गए हैं।',
    'Ye yatra sirf dikhawa hai',
    'चीन की भूमिका पर कुछ नहीं लिखा।',
  ];
  for (let i = 0; i < 95; i++)
    sources.push({
      key: `F${i}`,
      author: `पाठक ${i + 1}`,
      body: `${fillers[i % fillers.length]} (${i + 1})`,
    });
  sources.push(
    {
      key: 'RX2',
      author: 'अनीता',
      parent: 'X',
      body: 'राजीव जी से सहमत हूँ, पर हमारी विदेश नीति संतुलित है।',
    },
    { key: 'RA', author: 'Vikas', parent: 'A', body: 'Suresh ji, timing to sach me dekhne wali hai।' },
    { key: 'RSP2', author: 'Pooja', parent: 'SP', body: 'Haan, ye bot hai, ignore karo.' },
    { key: 'L', author: 'कमला', body: 'अगली बैठक की ख़बर का इंतज़ार है।' },
  );

  function wxr(rows: Source[]): string {
    const start = Date.parse('2026-11-20T06:00:00Z');
    const comment = (row: Source, i: number) => {
      const at = new Date(start + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
      return `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id>
<wp:comment_author><![CDATA[${row.author}]]></wp:comment_author>
<wp:comment_date_gmt><![CDATA[${at}]]></wp:comment_date_gmt>
<wp:comment_content><![CDATA[${row.body}]]></wp:comment_content>
<wp:comment_approved><![CDATA[${row.approved ?? '1'}]]></wp:comment_approved>
<wp:comment_type><![CDATA[comment]]></wp:comment_type>
<wp:comment_parent>${row.parent ? rows.findIndex((r) => r.key === row.parent) + 1 : 0}</wp:comment_parent>
</wp:comment>`;
    };
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>
<title>लावरोव</title><wp:post_id>1</wp:post_id><wp:post_name><![CDATA[post-1]]></wp:post_name>
${rows.map(comment).join('\n')}
</item></channel></rss>`;
  }

  beforeAll(async () => {
    const importer = new CommentImporter(
      new ImportRepository(api.app.get(DATABASE)),
      loadSecrets(parseEnv(process.env)),
    );
    const file = wxr(sources);
    const input = (async function* () {
      yield file;
    })();
    const summary = await importer.run(input, {
      siteId: DEMO_SITE_ID,
      format: 'wxr',
      ipRetentionDays: 36500,
    });
    expect(summary).toMatchObject({ imported: sources.length, errors: [] });
    const keys = await query<{ import_key: string; comment_id: string }>(
      api.databaseUrl,
      'SELECT import_key, comment_id FROM comment_imports WHERE site_id = $1',
      [DEMO_SITE_ID],
    );
    for (const row of keys) ids.set(sources[Number(row.import_key.split(':')[1]) - 1].key, row.comment_id);
    // A moderator rejects X after its first reply was published (an author's delete is the same status).
    await changeStatus(api.app, id('X'), 'rejected');
  });

  async function open(path: string): Promise<Page> {
    const context = await api.browser.newContext({ locale: 'hi-IN' });
    const page = await context.newPage();
    // The widget never arrives, as for a reader without JavaScript; axe can still run in the page.
    await page.route('**/widget.js', (route) => route.abort());
    page.setDefaultTimeout(5000); // the page is server HTML: what is not there at load never comes
    const answer = await page.goto(`${api.url}${path}`);
    expect(answer?.status()).toBe(200);
    return page;
  }

  const item = (page: Page, key: string) => page.locator(`${S} #comment-${id(key)}`);
  /** The reply's item directly inside its parent's list of replies. */
  const nested = (page: Page, parent: string, reply: string) =>
    page.locator(`${S} #comment-${id(parent)} > ol.children > #comment-${id(reply)}`);
  const topLevel = (page: Page, key: string) => page.locator(`${S} ol.comment-list > #comment-${id(key)}`);
  /** Ids of the comments a page shows (placeholders are not comments). */
  const shown = (page: Page) =>
    page
      .locator(`${S} li.comment:has(> article)`)
      .evaluateAll((items) => items.map((li) => li.id.replace('comment-', '')));

  async function expectPlaceholder(page: Page, key: string): Promise<void> {
    const gone = item(page, key).locator(':scope > .gone');
    await expect(gone.textContent()).resolves.toBe(PLACEHOLDER);
    // Nothing of the hidden comment: no text, name, time or reply link.
    expect(await item(page, key).locator(':scope > article').count()).toBe(0);
    expect(await item(page, key).locator(':scope > .reply, :scope > .gone a').count()).toBe(0);
    const hidden = sources.find((s) => s.key === key)!;
    await expect(page.locator(S).textContent()).resolves.not.toContain(hidden.body);
    await expect(page.locator(S).textContent()).resolves.not.toContain(hidden.author);
  }

  it('keeps the replies under a placeholder on the parent’s page and on the next, and loses or repeats none', async () => {
    const first = await open('/demo/post-1');
    await expect(first.locator(`${S} h2`).textContent()).resolves.toBe('104 टिप्पणियाँ');
    // Held top-level parent, rejected top-level parent, and a spam reply between a public comment and its reply.
    await expectPlaceholder(first, 'H');
    await expect(nested(first, 'H', 'RH1').locator('.body').textContent()).resolves.toContain(
      'पूरी ख़बर पढ़िए।',
    );
    expect(await topLevel(first, 'H').count()).toBe(1);
    await expectPlaceholder(first, 'X');
    expect(await nested(first, 'X', 'RX1').count()).toBe(1);
    await expectPlaceholder(first, 'SP');
    expect(await nested(first, 'B', 'SP').count()).toBe(1);
    expect(await nested(first, 'SP', 'RSP').count()).toBe(1);
    // The placeholder stands where its first reply would have been: before the fillers that came later.
    const order = await first
      .locator(`${S} ol.comment-list > li`)
      .evaluateAll((items) => items.slice(0, 4).map((li) => li.id.replace('comment-', '')));
    expect(order).toEqual([id('A'), id('H'), id('X'), id('B')]);
    expect(await wcagViolations(first)).toEqual([]);

    await first.locator(`${S} a.more`).click();
    await first.waitForURL(/cursor=/);
    // X was on page one: its later reply is under a placeholder again, not alone at the top.
    await expectPlaceholder(first, 'X');
    expect(await nested(first, 'X', 'RX2').count()).toBe(1);
    // SP's parent B is public on page one: SP's placeholder stands at the top, with its later reply.
    await expectPlaceholder(first, 'SP');
    expect(await topLevel(first, 'SP').count()).toBe(1);
    expect(await nested(first, 'SP', 'RSP2').count()).toBe(1);
    // A is public on page one: its reply on page two stands at the top, as before.
    expect(await topLevel(first, 'RA').count()).toBe(1);
    expect(await first.locator(`${S} .gone`).count()).toBe(2);
    expect(await wcagViolations(first)).toEqual([]);
    const second = await shown(first);
    await first.goBack();
    const onFirst = await shown(first);

    // Every published comment once, over both pages, in the thread API's order.
    const thread = await http(`${api.url}/v1/sites/${DEMO_SITE_ID}/threads/post-1/comments?limit=200`);
    const published = (thread.body.comments as { id: string }[]).map((c) => c.id);
    expect(published).toHaveLength(104);
    expect(onFirst).toHaveLength(100);
    expect([...onFirst, ...second].sort()).toEqual([...published].sort());
    await first.context().close();
  });
});
