import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Hold the answer until this promise settles (to observe requests in flight). */
  hold?: Promise<void>;
}

/**
 * A tiny real HTTP server for pipeline tests that need exact, scripted answers (the emulator covers Graph's
 * behaviour; this covers the client's reactions to single answers). Logs every request and the peak in flight.
 */
export async function startScriptedServer(answer: (request: SeenRequest, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>) {
  const seen: SeenRequest[] = [];
  let inFlight = 0;
  let peakInFlight = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(request);
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      void (async () => {
        const scripted = await answer(request, seen.length - 1);
        await scripted.hold;
        inFlight -= 1;
        const body = scripted.body === undefined ? '' : typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body);
        res.writeHead(scripted.status, { 'Content-Type': 'application/json', ...scripted.headers });
        res.end(body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    peakInFlight: () => peakInFlight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Drops connections still held open (answers that never come). */
    closeAll: () => server.closeAllConnections(),
  };
}

/** Time that passes only when the code under test sleeps: fast, and no test depends on the machine's speed. */
export function virtualTime(randomValue = 0.5) {
  const sleeps: number[] = [];
  let now = 1_700_000_000_000;
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => randomValue,
  };
}

export const graphErrorBody = (code: string, message = code) => ({ error: { code, message, innerError: { 'request-id': 'r-1', date: '2026-01-01T00:00:00' } } });

/** Resolves once the condition holds (checked on every turn of the event loop); for real I/O, not for time. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
