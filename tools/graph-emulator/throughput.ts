import { startEmulator } from './index';

/**
 * Request throughput of the emulator: `npx tsx tools/graph-emulator/throughput.ts [--url http://127.0.0.1:4000]
 * [--requests 2000] [--concurrency 8] [--seed large.json] [--path '/v1.0/me/calendarView?…']`. Without --url it starts an emulator in
 * this process (client and server then share one thread, so figures are lower than against `npm run emulator`).
 */
function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const own = process.argv.includes('--url') ? undefined : await startEmulator({ port: 0, now: '2026-11-23T08:00:00Z' });
  const base = own?.url ?? arg('url', '');
  const total = Number(arg('requests', '2000'));
  const concurrency = Number(arg('concurrency', '8'));
  const path = arg('path', '/v1.0/me/calendarView?startDateTime=2026-11-22T23:00:00Z&endDateTime=2026-11-29T23:00:00Z');
  // The mailbox limit answers 429 beyond 4 in flight; lift it for a throughput run.
  await fetch(`${base}/_emulator/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2026-11-23T08:00:00Z', mailboxConcurrency: 1000, seed: arg('seed', 'sales-team.json') }) });
  let next = 0;
  let failures = 0;
  const latencies: number[] = [];
  const worker = async () => {
    while (next < total) {
      next += 1;
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { Authorization: 'Bearer demo' } });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (!response.ok) failures += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  process.stdout.write(`${total} GET ${path.split('?')[0]} at concurrency ${concurrency}: ${(total / seconds).toFixed(0)} requests/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, ${failures} failures\n`);
  await own?.close();
}

void main();
