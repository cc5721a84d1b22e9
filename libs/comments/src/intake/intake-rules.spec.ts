import { BatchFacts, judgeBatch, PendingComment, threadKey } from './intake-rules';

const NOW = Date.parse('2026-12-01T12:00:00Z');
let counter = 0;
const comment = (over: Partial<PendingComment> = {}): PendingComment => ({
  id: `c${++counter}`,
  siteId: 'news',
  threadId: 'post-1',
  parentId: null,
  emailHmac: `mail-${counter}`,
  bodyFingerprint: `text-${counter}`,
  clientIp: `10.0.0.${counter}`,
  readerId: null,
  floodSeconds: 0,
  ...over,
});
const facts = (over: Partial<BatchFacts> = {}): BatchFacts => ({
  threads: new Map(),
  parents: new Map(),
  latestByFloodKey: new Map(),
  recentTextKeys: new Set(),
  now: NOW,
  ...over,
});

describe('judgeBatch: a batch is as strict as the same submissions one by one', () => {
  it('accepts independent readers in one batch', () => {
    expect(judgeBatch([comment(), comment(), comment()], facts())).toEqual([null, null, null]);
  });

  it('the same text from the same IP twice in one batch: the second is the duplicate', () => {
    const first = comment({ bodyFingerprint: 'सरकार को सोचना चाहिए।', clientIp: '10.1.1.1' });
    const again = comment({ bodyFingerprint: 'सरकार को सोचना चाहिए।', clientIp: '10.1.1.1' });
    expect(judgeBatch([first, again], facts())).toEqual([null, { kind: 'duplicate' }]);
  });

  it('a reader id decides "the same reader" before the IP (two readers behind one address are two)', () => {
    const a = comment({ bodyFingerprint: 'same', clientIp: '10.9.9.9', readerId: 'reader-a' });
    const b = comment({ bodyFingerprint: 'same', clientIp: '10.9.9.9', readerId: 'reader-b' });
    const aAgain = comment({ bodyFingerprint: 'same', clientIp: '10.7.7.7', readerId: 'reader-a' });
    expect(judgeBatch([a, b, aAgain], facts())).toEqual([null, null, { kind: 'duplicate' }]);
  });

  it('never by the email alone: the same email and text from another reader is accepted', () => {
    const stored = comment({ emailHmac: 'victim', bodyFingerprint: 'known text', clientIp: '10.2.2.2' });
    const guess = comment({ emailHmac: 'victim', bodyFingerprint: 'known text', clientIp: '10.3.3.3' });
    expect(judgeBatch([stored, guess], facts())).toEqual([null, null]);
  });

  it('a stored same text from this IP within the hour is a duplicate; in another thread it is not', () => {
    const recentTextKeys = new Set(['news\0post-1\0fp\0i\x0010.4.4.4']);
    const here = comment({ bodyFingerprint: 'fp', clientIp: '10.4.4.4' });
    const elsewhere = comment({ bodyFingerprint: 'fp', clientIp: '10.4.4.4', threadId: 'post-2' });
    expect(judgeBatch([here, elsewhere], facts({ recentTextKeys }))).toEqual([{ kind: 'duplicate' }, null]);
  });

  it('flood: a stored submission 5 s ago with floodSeconds 15 waits 10 s; within the batch the second waits', () => {
    const latestByFloodKey = new Map([['news\0e\0m-1', NOW - 5000]]);
    const stored = comment({ emailHmac: 'm-1', floodSeconds: 15 });
    expect(judgeBatch([stored], facts({ latestByFloodKey }))).toEqual([
      { kind: 'flood', retryAfterSeconds: 10 },
    ]);
    const first = comment({ clientIp: '10.5.5.5', floodSeconds: 15 });
    const second = comment({ clientIp: '10.5.5.5', floodSeconds: 15 });
    expect(judgeBatch([first, second], facts())).toEqual([null, { kind: 'flood', retryAfterSeconds: 15 }]);
  });

  it('a closed thread and a parent that is not published in this thread refuse only their own', () => {
    const threads = new Map([[threadKey('news', 'closed'), { closed: true }]]);
    const parents = new Map([
      ['held', { siteId: 'news', threadId: 'post-1', status: 'held' }],
      ['other', { siteId: 'news', threadId: 'post-9', status: 'published' }],
      ['ok', { siteId: 'news', threadId: 'post-1', status: 'published' }],
    ]);
    const verdicts = judgeBatch(
      [
        comment({ threadId: 'closed' }),
        comment({ parentId: 'held' }),
        comment({ parentId: 'other' }),
        comment({ parentId: 'missing' }),
        comment({ parentId: 'ok' }),
      ],
      facts({ threads, parents }),
    );
    expect(verdicts).toEqual([
      { kind: 'thread_closed' },
      { kind: 'parent_not_found' },
      { kind: 'parent_not_found' },
      { kind: 'parent_not_found' },
      null,
    ]);
  });

  it('a refused submission does not count for the flood or duplicate checks of the ones after it', () => {
    const threads = new Map([[threadKey('news', 'closed'), { closed: true }]]);
    const refused = comment({ threadId: 'closed', clientIp: '10.6.6.6', floodSeconds: 15 });
    const next = comment({ threadId: 'post-1', clientIp: '10.6.6.6', floodSeconds: 15 });
    expect(judgeBatch([refused, next], facts({ threads }))).toEqual([{ kind: 'thread_closed' }, null]);
  });
});
