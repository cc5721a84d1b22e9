import { EndpointFairShare } from './endpoint-fair-share';

describe('EndpointFairShare', () => {
  it('lets `limit` jobs per endpoint through and parks the rest in a paced line', () => {
    const fair = new EndpointFairShare(2);
    const now = 1_000_000;
    expect(fair.enter('slow', now)).toBeNull();
    expect(fair.enter('slow', now)).toBeNull();
    const waits = [1, 2, 3, 4].map(() => fair.enter('slow', now)!);
    expect(waits[0]).toBeGreaterThan(0);
    // 100 ms latency, 2 slots: one slot frees every 50 ms or so.
    expect(waits[3] - waits[0]).toBeGreaterThanOrEqual(140);
    expect(fair.enter('other', now)).toBeNull();
    expect(fair.inFlight('slow')).toBe(2);
  });

  it('frees a slot on leave', () => {
    const fair = new EndpointFairShare(1);
    expect(fair.enter('e')).toBeNull();
    expect(fair.enter('e')).not.toBeNull();
    fair.leave('e', 200);
    expect(fair.enter('e')).toBeNull();
    fair.leave('e', 200);
    expect(fair.inFlight('e')).toBe(0);
  });
});
