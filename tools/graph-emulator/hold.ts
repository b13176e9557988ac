/**
 * Holds a request for at least `ms`, measured as the request log measures it (process.hrtime). A bare setTimeout can
 * fire a fraction of a millisecond early against hrtime (libuv times timers from the loop's cached clock), so a
 * 200 ms latency rule was once logged as 199.98 ms.
 */
export async function holdFor(ms: number): Promise<void> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  while (elapsed() < ms) {
    await new Promise((done) => setTimeout(done, Math.max(1, Math.ceil(ms - elapsed()))));
  }
}
