import { EndpointFairShare } from './endpoint-fair-share';

describe('EndpointFairShare', () => {
  it('lets `limit` jobs per endpoint through and parks the rest, staggered', () => {
    const fair = new EndpointFairShare(2);
    expect(fair.enter('slow', 'a')).toBeNull();
    expect(fair.enter('slow', 'b')).toBeNull();
    const first = fair.enter('slow', 'c')!;
    fair.enter('slow', 'd');
    const third = fair.enter('slow', 'e')!;
    expect(first).toBeGreaterThan(0);
    expect(third).toBeGreaterThan(first);
    expect(fair.enter('other', 'x')).toBeNull();
    expect(fair.inFlight('slow')).toBe(2);
  });

  it('frees a slot on leave and lets a parked job in when it comes back', () => {
    const fair = new EndpointFairShare(1);
    expect(fair.enter('e', 'a')).toBeNull();
    expect(fair.enter('e', 'b')).not.toBeNull();
    fair.leave('e', 200);
    expect(fair.enter('e', 'b')).toBeNull();
    fair.leave('e', 200);
    expect(fair.inFlight('e')).toBe(0);
  });
});
