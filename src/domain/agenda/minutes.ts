/**
 * Shares a meeting's minutes among its sections in proportion to their weights. The result always sums to the
 * duration. Long meetings (at least ten minutes per section, a multiple of five) get five-minute blocks, shorter ones
 * whole minutes; every section gets at least one block when there are enough, taken from the largest share.
 */
export function allocateMinutes(weights: readonly number[], durationMinutes: number): number[] {
  const total = Number.isFinite(durationMinutes) ? Math.max(0, Math.round(durationMinutes)) : 0;
  const count = weights.length;
  if (count === 0) return [];
  const unit = total % 5 === 0 && total >= count * 10 ? 5 : 1;
  const blocks = total / unit;
  const safeWeights = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const weightSum = safeWeights.reduce((a, b) => a + b, 0);
  const shares = safeWeights.map((w) => (weightSum > 0 ? (w / weightSum) * blocks : blocks / count));
  const result = shares.map(Math.floor);
  let left = blocks - result.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left -= 1;
  }
  if (blocks >= count) {
    for (let i = 0; i < count; i += 1) {
      if (result[i] !== 0) continue;
      const largest = result.indexOf(Math.max(...result));
      result[largest] = (result[largest] ?? 0) - 1;
      result[i] = 1;
    }
  }
  return result.map((b) => b * unit);
}
