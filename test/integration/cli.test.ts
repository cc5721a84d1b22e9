import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { siteSettingsWithDefaults } from '@app/moderation';
import { runCheck } from '../../apps/cli/src/check-command';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const run = promisify(execFile);

async function check(lines: string[], site = siteSettingsWithDefaults({ id: 'cli' })) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = runCheck(input, output, site);
  input.end(lines.join('\n') + '\n');
  const summary = await done;
  return {
    summary,
    results: text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  };
}

describe('npm run cli -- check', () => {
  it('writes one verdict line per input line, with the pipeline’s language and reasons', async () => {
    const { results } = await check([
      JSON.stringify({
        id: 'hi-1',
        body: 'लावरोव की चेतावनी गंभीर है। सरकार को सोचना चाहिए।',
        authorName: 'रीना',
        authorEmail: 'r@example.org',
      }),
      JSON.stringify({
        id: 'links',
        body: 'Two blogs worth reading on this: https://www.treaty-watch.org/asia/x and https://www.defence-notes.net/world-y — both say the treaty has a defence clause.',
      }),
      JSON.stringify({ body: 'bahut badhiya article hai bhai, sahi baat likhi hai' }),
    ]);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ id: 'hi-1', verdict: 'publish', language: 'hi' });
    expect(Object.keys(results[0]).sort()).toEqual([
      'categories',
      'id',
      'language',
      'reasons',
      'spamScore',
      'verdict',
    ]);
    expect(results[0].categories).toEqual([]);
    expect(results[1].verdict).toBe('hold');
    expect(results[1].reasons.join(' ')).toMatch(/links/);
    expect(results[2]).toMatchObject({ id: 'line-3', language: 'hi-Latn' });
    expect(JSON.stringify(results)).not.toContain('r@example.org');
  });

  it('prints the abuse categories found, and the site’s abusePolicy decides', async () => {
    const lines = [
      JSON.stringify({ id: 'hate', body: 'इन मुल्लों को पाकिस्तान भेज दो' }),
      JSON.stringify({ id: 'threat', body: 'इस नेता को तो गोली मार देनी चाहिए' }),
      JSON.stringify({ id: 'insult', body: 'tum jaise chutiye patrakar desh ko barbad kar rahe ho' }),
    ];
    const { results } = await check(lines);
    expect(results.map((r) => [r.id, r.verdict, r.categories.includes(r.id)])).toEqual([
      ['hate', 'hold', true],
      ['threat', 'reject', true],
      ['insult', 'hold', true],
    ]);
    expect(results[0].reasons.join(' ')).toMatch(/Hate towards a group.*Muslims/);
    const lenient = siteSettingsWithDefaults({
      id: 'lenient',
      abusePolicy: {
        profanity: 'publish',
        insult: 'publish',
        hate: 'reject',
        threat: 'hold',
        sexual: 'hold',
      },
    });
    const again = (await check(lines, lenient)).results.map((r) => r.verdict);
    expect(again).toEqual(['reject', 'hold', 'publish']);
  });

  it('uses the site settings it is given (blocked terms reject)', async () => {
    const site = siteSettingsWithDefaults({ id: 'x', blockedTerms: ['झूठा'] });
    const { results } = await check([JSON.stringify({ body: 'यह नेता झूठा है।' })], site);
    expect(results[0].verdict).toBe('reject');
  });

  it('answers a malformed line with an error line and keeps going', async () => {
    const { results, summary } = await check(['not json', JSON.stringify({ body: 'ठीक है' })]);
    expect(results[0]).toEqual({ id: 'line-1', error: expect.any(String) });
    expect(results[1].verdict).toBeDefined();
    expect(summary).toEqual({ lines: 2, errors: 1 });
  });

  describe('as a process, with --site read from PostgreSQL', () => {
    const api = useTestApp();

    it('applies the site’s held terms', async () => {
      const siteId = await createSite(api.app, { heldTerms: ['चुनाव'] });
      const child = run('npm', ['run', '-s', 'cli', '--', 'check', '--site', siteId], {
        env: { ...process.env, DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'silent' },
      });
      child.child.stdin!.end(JSON.stringify({ id: 'e', body: 'चुनाव के नतीजे कल आएंगे।' }) + '\n');
      const { stdout } = await child;
      expect(JSON.parse(stdout.trim())).toMatchObject({ id: 'e', verdict: 'hold' });
    }, 60_000);
  });
});
