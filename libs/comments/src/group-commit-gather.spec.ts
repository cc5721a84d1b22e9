import { GroupCommit, Settled } from './group-commit';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function controlledCommits() {
  const calls: Array<{ items: string[]; finish: () => void }> = [];
  const commit = (items: string[]) =>
    new Promise<Array<Settled<string>>>((resolve) => {
      calls.push({
        items,
        finish: () => resolve(items.map((item) => ({ ok: true, value: `stored ${item}` }))),
      });
    });
  return { calls, commit };
}

describe('GroupCommit with gatherSameTurn (the worker)', () => {
  it('items that arrive in the same turn go in one commit, not the first alone', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 10, maxInFlight: 2, gatherSameTurn: true });
    const answers = ['a', 'b', 'c'].map((item) => group.submit(item));
    expect(calls).toEqual([]);
    await nextTurn();
    expect(calls.map((c) => c.items)).toEqual([['a', 'b', 'c']]);
    calls[0].finish();
    expect(await Promise.all(answers)).toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('a burst that arrives as a commit ends goes together into the freed slot', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 10, maxInFlight: 1, gatherSameTurn: true });
    const first = group.submit('a');
    await nextTurn();
    // As BullMQ does: the finished job's completion brings the next jobs, several at once.
    const burst = first.then(() => ['b', 'c', 'd'].map((item) => group.submit(item)));
    calls[0].finish();
    const answers = await burst;
    await nextTurn();
    expect(calls.map((c) => c.items)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1].finish();
    expect(await Promise.all(answers)).toEqual(['stored b', 'stored c', 'stored d']);
  });

  it('still keeps to maxBatch and maxInFlight', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit(commit, { maxBatch: 2, maxInFlight: 2, gatherSameTurn: true });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((item) => group.submit(item));
    await nextTurn();
    expect(calls.map((c) => c.items)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    calls[0].finish();
    await nextTurn();
    await nextTurn();
    expect(calls.map((c) => c.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    calls[1].finish();
    calls[2].finish();
    expect(await Promise.all(answers)).toHaveLength(5);
  });
});
