import { badRequest } from './http';

/** A fault rule of the control API (docs/contracts.md §3). */
export interface FaultRule {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  version?: 'v1.0' | 'beta';
  /** RegExp source matched against the path after the version segment, without the query. */
  path: string;
  inBatch?: boolean;
  status?: number;
  retryAfter?: number;
  latencyMs?: [number, number];
  rate?: number;
  times?: number;
  applyThenFail?: boolean;
  body?: unknown;
}

export interface FaultDecision {
  index: number;
  rule: FaultRule;
  latencyMs: number;
}

/** Deterministic PRNG (mulberry32): a failing run replays with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  private rules: { rule: FaultRule; pattern: RegExp; applied: number }[] = [];
  private random: () => number = seededRandom(1);

  set(rules: unknown, seed: unknown): void {
    if (!Array.isArray(rules)) throw badRequest("'rules' must be an array of fault rules.");
    this.rules = rules.map((raw, index) => {
      const rule = raw as FaultRule;
      if (typeof rule?.path !== 'string') throw badRequest(`Rule ${index} needs a 'path' (RegExp source).`);
      let pattern: RegExp;
      try {
        pattern = new RegExp(rule.path);
      } catch {
        throw badRequest(`Rule ${index} has an invalid path RegExp: ${rule.path}`);
      }
      return { rule, pattern, applied: 0 };
    });
    this.random = seededRandom(typeof seed === 'number' ? seed : 1);
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /**
   * The first rule that matches and still has `times` left applies. Its `rate` is rolled on the seeded RNG: a miss
   * means this request passes without a fault (later rules are not consulted).
   */
  decide(method: string, version: string, path: string, inBatch: boolean): FaultDecision | undefined {
    for (const [index, entry] of this.rules.entries()) {
      const { rule } = entry;
      if (rule.method && rule.method !== method) continue;
      if (rule.version && rule.version !== version) continue;
      if (inBatch && rule.inBatch === false) continue;
      if (!entry.pattern.test(path)) continue;
      if (rule.times !== undefined && entry.applied >= rule.times) continue;
      if (rule.rate !== undefined && rule.rate < 1 && this.random() >= rule.rate) return undefined;
      entry.applied += 1;
      const [min, max] = rule.latencyMs ?? [0, 0];
      const latencyMs = Math.round(min + (max - min) * (max > min ? this.random() : 0));
      return { index, rule, latencyMs };
    }
    return undefined;
  }
}
