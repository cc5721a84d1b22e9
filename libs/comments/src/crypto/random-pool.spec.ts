import { pooledRandomBytes } from './random-pool';

describe('pooledRandomBytes', () => {
  it('hands out the sizes asked for, never the same bytes twice, across refills of the pool', () => {
    const seen = new Set<string>();
    // 2,000 × 24 bytes crosses the 4 KiB pool about a dozen times.
    for (let i = 0; i < 2000; i++) {
      const bytes = pooledRandomBytes(24);
      expect(bytes).toHaveLength(24);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('gives each caller its own copy: changing one leaves the next untouched', () => {
    const first = pooledRandomBytes(12);
    const copy = Buffer.from(first);
    first.fill(0);
    const second = pooledRandomBytes(12);
    expect(second.equals(first)).toBe(false);
    expect(copy.equals(Buffer.alloc(12))).toBe(false);
  });

  it('looks random: over 64 KiB every byte value appears, none far from its share', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4096; i++) for (const byte of pooledRandomBytes(16)) counts[byte]++;
    // 65,536 bytes: 256 expected per value; a real CSPRNG stays well within ±40 %.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(360);
  });

  it('refuses sizes larger than its pool', () => {
    expect(() => pooledRandomBytes(8192)).toThrow(RangeError);
  });
});
