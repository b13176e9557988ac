import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Emulator } from './emulator';
import { handleHttp } from './server';

export { RAPPORT_APP_ID, PLANNER_APP_ID, APP_ID_HEADER } from './app-ids';
export type { FaultRule } from './faults';
export type { RequestLogEntry } from './request-log';

export interface EmulatorOptions {
  /** 0 = a free port (tests); the CLI defaults to 4000. */
  port?: number;
  seed?: string;
  now?: string;
  pageSize?: number;
  mailboxConcurrency?: number;
  exposeRetryAfter?: boolean;
  host?: string;
}

export interface RunningEmulator {
  /** Origin without version, e.g. `http://127.0.0.1:4000` (the pages' `graphBaseUrl`). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts a Graph emulator on 127.0.0.1 (or `host`), seeded and ready when the promise resolves. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = new Emulator({
    seed: options.seed,
    now: options.now,
    pageSize: options.pageSize,
    mailboxConcurrency: options.mailboxConcurrency,
    exposeRetryAfter: options.exposeRetryAfter,
  });
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    handleHttp(emulator, req, res, origin).catch((error: unknown) => {
      console.error('graph-emulator: unhandled error', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
