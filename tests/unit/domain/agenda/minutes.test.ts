import fc from 'fast-check';
import { allocateMinutes } from '../../../../src/domain/agenda/minutes';

describe('allocateMinutes', () => {
  it('shares a 30-minute weekly 1:1 in whole minutes, by weight', () => {
    expect(allocateMinutes([1, 3, 2, 1, 1, 1], 30)).toEqual([4, 10, 7, 3, 3, 3]);
  });

  it('uses five-minute blocks when there is room', () => {
    expect(allocateMinutes([1, 3, 2, 1, 1, 1], 60)).toEqual([10, 20, 15, 5, 5, 5]);
  });

  it('gives every section a minute before any gets two', () => {
    expect(allocateMinutes([1, 100, 1], 5)).toEqual([1, 3, 1]);
  });

  it('handles degenerate input without losing a minute', () => {
    expect(allocateMinutes([], 30)).toEqual([]);
    expect(allocateMinutes([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(allocateMinutes([0, 0], 10)).toEqual([5, 5]);
    expect(allocateMinutes([1, 2], Number.NaN)).toEqual([0, 0]);
    expect(allocateMinutes([1, 1], -5)).toEqual([0, 0]);
    expect(allocateMinutes([1, 1], 29.6)).toEqual([15, 15]);
  });

  it('always sums to the duration, never goes below one when it can, and keeps heavier sections at least as long', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 240 }), (weights, duration) => {
        const minutes = allocateMinutes(weights, duration);
        expect(minutes.reduce((a, b) => a + b, 0)).toBe(duration);
        if (duration >= weights.length) expect(Math.min(...minutes)).toBeGreaterThanOrEqual(1);
        if (duration % 5 === 0 && duration >= weights.length * 10) expect(minutes.every((m) => m % 5 === 0)).toBe(true);
        weights.forEach((w, i) =>
          weights.forEach((v, j) => {
            if (w > v && duration >= weights.length * 2) expect(minutes[i]! + 5).toBeGreaterThanOrEqual(minutes[j]!);
          }),
        );
      }),
    );
  });
});
