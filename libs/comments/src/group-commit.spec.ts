import { GroupCommit, Settled } from './group-commit';

/** A commit the test finishes by hand, so what is batched with what is decided by the test, not by timing. */
function controlledCommits() {
  const calls: Array<{ items: string[]; finish: (outcomes?: Array<Settled<string>>) => void }> = [];
  const commit = (items: string[]) =>
    new Promise<Array<Settled<string>>>((resolve) => {
      calls.push({
        items,
        finish: (outcomes) =>
          resolve(outcomes ?? items.map((item) => ({ ok: true, value: `stored ${item}` }))),
      });
    });
  return { calls, commit };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('a lone submission goes at once, without waiting for a window', () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 10, maxInFlight: 1 });
    void group.submit('a');
    expect(calls.map((c) => c.items)).toEqual([['a']]);
  });

  it('arrivals while the commit runs go together in the next one, at most maxBatch each', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 3, maxInFlight: 1 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((item) => group.submit(item));
    expect(calls.map((c) => c.items)).toEqual([['a']]);
    calls[0].finish();
    await settle();
    expect(calls.map((c) => c.items)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1].finish();
    await settle();
    calls[2].finish();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd', 'e'].map((x) => `stored ${x}`));
  });

  it('a submission is answered only when its own commit finishes', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 10, maxInFlight: 1 });
    let answered = false;
    void group.submit('a').then(() => (answered = true));
    await settle();
    expect(answered).toBe(false);
    calls[0].finish();
    await settle();
    expect(answered).toBe(true);
  });

  it('a refused item fails only its own request, and the others of its batch are stored', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 10, maxInFlight: 2 });
    const first = group.submit('a');
    const second = group.submit('b');
    const third = group.submit('c');
    calls[0].finish([{ ok: false, error: new Error('duplicate') }]);
    await expect(first).rejects.toThrow('duplicate');
    calls[1].finish();
    await expect(second).resolves.toBe('stored b');
    await settle();
    calls[2].finish();
    await expect(third).resolves.toBe('stored c');
  });

  describe('afterCommit (the intake’s addBulk)', () => {
    /** An afterCommit the test finishes by hand. */
    function controlledAfterCommits() {
      const calls: Array<{ outcomes: Array<Settled<string>>; finish: (error?: Error) => void }> = [];
      const afterCommit = (outcomes: Array<Settled<string>>) =>
        new Promise<void>((resolve, reject) => {
          calls.push({ outcomes, finish: (error) => (error ? reject(error) : resolve()) });
        });
      return { calls, afterCommit };
    }

    it('gives the slot back before it runs, and answers the batch only after it', async () => {
      const commits = controlledCommits();
      const after = controlledAfterCommits();
      const group = new GroupCommit(commits.commit, {
        maxBatch: 10,
        maxInFlight: 1,
        afterCommit: after.afterCommit,
      });
      let firstAnswered = false;
      const first = group.submit('a').then((value) => {
        firstAnswered = true;
        return value;
      });
      void group.submit('b');
      commits.calls[0].finish();
      await settle();
      // a's row is committed and its addBulk runs; b's commit has the slot meanwhile.
      expect(after.calls.map((c) => c.outcomes)).toEqual([[{ ok: true, value: 'stored a' }]]);
      expect(commits.calls.map((c) => c.items)).toEqual([['a'], ['b']]);
      expect(firstAnswered).toBe(false);
      after.calls[0].finish();
      await expect(first).resolves.toBe('stored a');
    });

    it('a refused item is still answered with its own error; one that throws fails its whole batch', async () => {
      const commits = controlledCommits();
      const after = controlledAfterCommits();
      const group = new GroupCommit(commits.commit, {
        maxBatch: 10,
        maxInFlight: 1,
        afterCommit: after.afterCommit,
      });
      const lone = group.submit('a');
      const refused = group.submit('b');
      const stored = group.submit('c');
      commits.calls[0].finish();
      await settle();
      after.calls[0].finish(new Error('queue gone'));
      await expect(lone).rejects.toThrow('queue gone');
      commits.calls[1].finish([
        { ok: false, error: new Error('duplicate') },
        { ok: true, value: 'stored c' },
      ]);
      await settle();
      after.calls[1].finish();
      await expect(refused).rejects.toThrow('duplicate');
      await expect(stored).resolves.toBe('stored c');
    });

    it('does not run for a batch whose commit failed', async () => {
      const after = controlledAfterCommits();
      const group = new GroupCommit(() => Promise.reject(new Error('store unavailable')), {
        maxBatch: 10,
        maxInFlight: 1,
        afterCommit: after.afterCommit,
      });
      await expect(group.submit('a')).rejects.toThrow('store unavailable');
      expect(after.calls).toEqual([]);
    });
  });
});
