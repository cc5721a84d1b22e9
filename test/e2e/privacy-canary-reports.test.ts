import Redis from 'ioredis';
import { http } from '../support/client';
import { emailForms, responseRecorder } from '../support/canary';
import { submitChecked } from '../support/moderation';
import { moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { SmtpSink } from '../support/smtp-sink';
import { dumpRedis } from '../support/store-dump';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

const CANARY_A = 'Canary.Reporter+A@Example.ORG';
const CANARY_B = 'canary.reporter.b@example.net';

/** A reporter's address never leaves the service: not in a response, a log line, Redis, or mail to anyone else. */
describe('no reporter address leaves the service', () => {
  const sink = new SmtpSink();
  const api = useTestApp({ withWorker: true, mail: sink, log: 'trace', env: { TRUST_PROXY: 'true' } });
  const { seen, record } = responseRecorder();

  it('keeps both reporters’ addresses out of responses, logs, Redis and each other’s outcome mail', async () => {
    const siteId = await createSite(api.app, { name: 'समाचार', languages: ['hi', 'en'], reportsToHold: 2 });
    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    const body = 'इस पत्रकार का पता सबको बता दो, इसे डराना ज़रूरी है।';
    const { id, status } = await submitChecked(api.url, siteId, 'canary', { body });
    if (status !== 'published') await changeStatus(api.app, id, 'published');
    const reports = `${api.url}/v1/sites/${siteId}/comments/${id}/reports`;
    const file = async (email: string, ip: string, extra: Record<string, unknown> = {}) =>
      record(
        await http(reports, {
          method: 'POST',
          headers: { 'x-forwarded-for': ip },
          json: { reason: 'harassment', note: 'धमकी भरी टिप्पणी।', email, ...extra },
        }),
      );

    // Refused (422, unknown field) and accepted paths, a duplicate (409), and the hold at two readers.
    expect((await file(CANARY_A, '198.51.100.1', { reason: 'boring' })).status).toBe(422);
    expect((await file(`${CANARY_A}@`, '198.51.100.1')).status).toBe(422);
    expect((await file(CANARY_A, '198.51.100.1')).status).toBe(202);
    expect((await file(CANARY_A, '198.51.100.1')).status).toBe(409);
    expect((await file(CANARY_B, '198.51.100.2')).status).toBe(202);

    const as = { headers: moderator.headers };
    record(await http(`${api.url}/v1/moderation/reports?siteId=${siteId}`, as));
    record(await http(`${api.url}/v1/moderation/comments/${id}`, as));
    record(await http(`${api.url}/v1/moderation/comments?siteId=${siteId}&status=held`, as));
    record(await http(`${api.url}/v1/moderation/audit?siteId=${siteId}`, as));
    const decided = record(
      await http(`${api.url}/v1/moderation/comments/${id}/decision`, {
        method: 'POST',
        headers: moderator.headers,
        json: { action: 'reject' },
      }),
    );
    expect(decided.status).toBe(200);
    record(await http(`${api.url}/v1/moderation/reports?siteId=${siteId}&status=decided`, as));

    const toA = await sink.waitForMail((m) => m.envelopeTo.includes(CANARY_A.toLowerCase()));
    const toB = await sink.waitForMail((m) => m.envelopeTo.includes(CANARY_B));
    expect(toA.parsed.text).toContain(body);
    // Each mail is the reporter's own: the other reporter appears in no form, in no header, in no part.
    for (const form of emailForms(CANARY_B)) expect(toA.raw).not.toContain(form);
    for (const form of emailForms(CANARY_A)) expect(toB.raw).not.toContain(form);
    for (const mail of [toA, toB]) expect(mail.raw).not.toContain('198.51.100');

    const exposed = seen.join('\n');
    expect(exposed).toContain('decideBy');
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const dump = await dumpRedis(redis);
      const log = api.readLog();
      expect(log).toContain('report filed');
      for (const [place, text] of Object.entries({ http: exposed, redis: dump, log })) {
        for (const form of [...emailForms(CANARY_A), ...emailForms(CANARY_B)]) {
          if (text.includes(form)) throw new Error(`${place} shows ${form}`);
        }
      }
    } finally {
      redis.disconnect();
    }
  }, 90_000);
});
