/** The request log of the control API (`GET /_emulator/requests?since=<seq>`). */
export interface BatchItemLog {
  id: string;
  method: string;
  url: string;
  status: number;
  requestBody?: unknown;
}

export interface RequestLogEntry {
  seq: number;
  time: string;
  user: string | null;
  method: string;
  path: string;
  query: string;
  status: number;
  durationMs: number;
  requestBody?: unknown;
  batchItems?: BatchItemLog[];
  fault?: number;
}

const MAX_ENTRIES = 20_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, ...entry });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  since(seq: number): RequestLogEntry[] {
    return this.entries.filter((e) => e.seq > seq);
  }

  /** Sequence numbers keep growing across resets, so a `since` taken before a reset stays meaningful. */
  clear(): void {
    this.entries = [];
  }
}
