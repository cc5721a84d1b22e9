import { CheckContextLoader } from '../lifecycle/check-context.loader';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';
import { CommentCheckService } from './comment-check.service';

/**
 * What a failed batch costs. A deadlock or serialization failure says nothing about any one comment: the batch is
 * tried again whole (once), not comment by comment, which turned one lost tie into 64 transactions in a row.
 */
describe('CommentCheckService.checkMany after a failed batch transaction', () => {
  const ids = ['c1', 'c2', 'c3'];

  function service(failures: unknown[]) {
    const attempts: string[][] = [];
    // Nothing is still queued, so no pipeline runs: only the transaction's attempts are counted.
    const contexts = { loadMany: async () => [] } as unknown as CheckContextLoader;
    const lifecycle = {
      transaction: async () => {
        const failure = failures.shift();
        if (failure) throw failure;
        return [];
      },
    } as unknown as CommentLifecycle;
    const checks = new CommentCheckService(contexts, lifecycle);
    const original = contexts.loadMany;
    contexts.loadMany = async (batch: readonly string[]) => {
      attempts.push([...batch]);
      return original(batch);
    };
    return { checks, attempts };
  }

  const failed = (code: string) => Object.assign(new Error(`failed (${code})`), { cause: { code } });

  it('tries a batch that lost a deadlock again whole, once', async () => {
    const { checks, attempts } = service([failed('40P01')]);
    const settled = await checks.checkMany(ids);
    expect(settled.every((s) => s.ok)).toBe(true);
    expect(attempts).toEqual([ids, ids]);
  });

  it('treats a serialization failure the same way', async () => {
    const { checks, attempts } = service([failed('40001')]);
    await checks.checkMany(ids);
    expect(attempts).toEqual([ids, ids]);
  });

  it('still goes comment by comment when the batch fails for anything else, or loses twice', async () => {
    const other = service([failed('23514')]);
    await other.checks.checkMany(ids);
    expect(other.attempts).toEqual([ids, ['c1'], ['c2'], ['c3']]);

    const twice = service([failed('40P01'), failed('40P01')]);
    await twice.checks.checkMany(ids);
    expect(twice.attempts).toEqual([ids, ids, ['c1'], ['c2'], ['c3']]);
  });
});
