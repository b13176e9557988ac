import type { RequestLogEntry } from '../../tools/graph-emulator';

/**
 * Longest chain of requests where each starts after the previous one ended: the sequential round trips a user
 * waits through (parallel requests count once).
 */
export function sequentialRounds(entries: Array<{ start: number; end: number }>): number {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((entry, i) => {
    let best = 0;
    for (let j = 0; j < i; j += 1) if ((sorted[j] as { end: number }).end <= entry.start) best = Math.max(best, depth[j] as number);
    depth.push(best + 1);
  });
  return Math.max(0, ...depth);
}

/** When a logged request started and ended (epoch ms): the log has its end and its duration. */
export const windowOf = (entry: RequestLogEntry) => {
  const end = Date.parse(entry.time);
  return { start: end - entry.durationMs, end };
};

/** Requests a page or a test made: Graph's and the drive's download URLs, not the emulator's control API. */
export const isClientRequest = (entry: RequestLogEntry) => !entry.path.startsWith('/_emulator/') || entry.path.startsWith('/_emulator/download/');
