import { DEFAULT_OPTIONS, type Ctx, type RuntimeOptions } from './context';
import { Faults } from './faults';
import type { EmuRequest } from './http';
import { Pipeline } from './pipeline';
import { RequestLog } from './request-log';
import { DEFAULT_SEED, loadSeed, readSeed } from './seed-loader';
import type { Store } from './store';

/** The emulator's state between requests: the tenant, the clock, the options, fault rules and the request log. */
export class Emulator {
  options: RuntimeOptions = { ...DEFAULT_OPTIONS };
  store!: Store;
  readonly faults = new Faults();
  readonly log = new RequestLog();
  readonly pipeline: Pipeline;
  private frozenNow: number | undefined;

  constructor(options: Partial<RuntimeOptions> = {}) {
    this.pipeline = new Pipeline(() => this.ctx(), this.faults);
    this.reset(options);
  }

  now(): number {
    return this.frozenNow ?? Date.now();
  }

  /** Reloads the seed; `now` freezes the clock (the seed's relative dates resolve against it). */
  reset(options: Partial<RuntimeOptions>): void {
    const merged: RuntimeOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
    if (merged.now !== undefined && Number.isNaN(Date.parse(merged.now))) throw new Error(`'now' is not an ISO instant: ${merged.now}`);
    const store = loadSeed(readSeed(merged.seed || DEFAULT_SEED), merged.now ? Date.parse(merged.now) : Date.now());
    store.limits = { ...store.limits, ...merged.limits };
    if (merged.approotForbidden !== undefined) store.flags.approotForbidden = merged.approotForbidden;
    if (merged.rostersDisabled !== undefined) store.flags.rostersDisabled = merged.rostersDisabled;
    this.options = merged;
    this.frozenNow = merged.now ? Date.parse(merged.now) : undefined;
    this.store = store;
    this.faults.clear();
    this.log.clear();
  }

  /** Moves the frozen clock without reloading the tenant (an emulator extension for time-dependent tests). */
  setNow(now: string | undefined): void {
    if (now !== undefined && Number.isNaN(Date.parse(now))) throw new Error(`'now' is not an ISO instant: ${now}`);
    this.frozenNow = now === undefined ? undefined : Date.parse(now);
    this.options = { ...this.options, now };
  }

  ctx(): Ctx {
    return {
      store: this.store,
      options: this.options,
      now: () => this.now(),
      dispatch: (req: EmuRequest) => this.pipeline.run(req),
      isMailbox: (req: EmuRequest) => this.pipeline.isMailbox(req),
    };
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
