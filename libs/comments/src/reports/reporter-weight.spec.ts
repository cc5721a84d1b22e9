import { LEAST_WEIGHT, reporterWeight, weightedReaders } from './reporter-weight';

describe('reporterWeight', () => {
  it('gives full weight until three reports are decided', () => {
    expect(reporterWeight({ removed: 0, kept: 0 })).toBe(1);
    expect(reporterWeight({ removed: 0, kept: 2 })).toBe(1);
  });

  it('lowers a reporter the moderators always overrule to the floor', () => {
    expect(reporterWeight({ removed: 0, kept: 3 })).toBe(LEAST_WEIGHT);
    expect(reporterWeight({ removed: 0, kept: 40 })).toBe(LEAST_WEIGHT);
  });

  it('scales with the upheld share and is full from one half upheld', () => {
    expect(reporterWeight({ removed: 1, kept: 3 })).toBe(0.5);
    expect(reporterWeight({ removed: 2, kept: 2 })).toBe(1);
    expect(reporterWeight({ removed: 5, kept: 0 })).toBe(1);
  });
});

describe('weightedReaders', () => {
  it('sums distinct addresses, each at its highest weight', () => {
    expect(
      weightedReaders([
        { ipKey: 'a', weight: 1 },
        { ipKey: 'a', weight: 0.25 },
        { ipKey: 'b', weight: 0.25 },
        { ipKey: 'c', weight: 1 },
      ]),
    ).toBe(2.25);
    expect(weightedReaders([])).toBe(0);
  });
});
