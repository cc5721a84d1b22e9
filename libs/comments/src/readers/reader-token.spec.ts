import { randomBytes } from 'node:crypto';
import { issueReaderToken, READER_TOKEN_TTL_MS, readerTokenKey, readReaderId } from './reader-token';

describe('reader token', () => {
  const key = readerTokenKey(randomBytes(32));

  it('reads back the id it issued, until it expires', () => {
    const now = Date.now();
    const { readerToken, expiresAt } = issueReaderToken(key, now);
    const id = readReaderId(readerToken, key, now);
    expect(id).toBe(readerToken.split('.')[0]);
    expect(Date.parse(expiresAt)).toBe(now + READER_TOKEN_TTL_MS);
    expect(readReaderId(readerToken, key, now + READER_TOKEN_TTL_MS + 1)).toBeNull();
  });

  it('refuses a token signed with another key, a changed id or expiry, and junk', () => {
    const { readerToken } = issueReaderToken(key);
    const [id, expires, signature] = readerToken.split('.');
    expect(readReaderId(readerToken, readerTokenKey(randomBytes(32)))).toBeNull();
    // One character of the id changed (never to itself: a random id starts with "x" once in 64 runs).
    const changedId = `${id[0] === 'x' ? 'y' : 'x'}${id.slice(1)}`;
    expect(readReaderId(`${changedId}.${expires}.${signature}`, key)).toBeNull();
    expect(readReaderId(`${id}.${Number(expires) + 1000}.${signature}`, key)).toBeNull();
    for (const junk of [undefined, '', 'a.b', '..', 'x'.repeat(500)])
      expect(readReaderId(junk, key)).toBeNull();
  });

  it('issues a different id every time', () => {
    expect(issueReaderToken(key).readerToken.split('.')[0]).not.toBe(
      issueReaderToken(key).readerToken.split('.')[0],
    );
  });
});
