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
});
