import type { EmuRequest, EmuResponse } from './http';
import type { Limits, Store } from './store';

/** Options of a run; `POST /_emulator/reset` and the command-line flags set them (docs/contracts.md §3). */
export interface RuntimeOptions {
  seed: string;
  /** Frozen clock (ISO instant); absent = the real clock. */
  now?: string;
  pageSize: number;
  mailboxConcurrency: number;
  exposeRetryAfter: boolean;
  /** Emulator extensions for tests: lower Planner limits, or tenant switches, on top of the seed's. */
  limits?: Partial<Limits>;
  approotForbidden?: boolean;
  rostersDisabled?: boolean;
}

export const DEFAULT_OPTIONS: RuntimeOptions = {
  seed: 'sales-team.json',
  pageSize: 10,
  mailboxConcurrency: 4,
  exposeRetryAfter: false,
};

export interface Ctx {
  store: Store;
  options: RuntimeOptions;
  now(): number;
  /** Runs one request through the whole pipeline (used by `$batch` for its items). */
  dispatch(req: EmuRequest): Promise<{ response: EmuResponse; fault?: number }>;
  /** Whether the request goes to an Outlook mailbox route (`$batch` sends those 4 at a time). */
  isMailbox(req: EmuRequest): boolean;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Matched against the path after the version segment. */
  pattern: RegExp;
  versions?: ('v1.0' | 'beta')[];
  /** Outlook mailbox routes count against the per-mailbox concurrency limit. */
  mailbox?: boolean;
  handle(req: EmuRequest, params: string[], ctx: Ctx): EmuResponse | Promise<EmuResponse>;
}
