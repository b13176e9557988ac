import { useCallback, useRef, useState } from 'react';
import type { Clock } from '../../domain/model/clock';
import type { TenantProbePort } from '../../ports/tenant-check';
import type { CheckResult } from './check-steps';
import { runTenantCheck } from './run-tenant-check';

export type TenantCheckState = { phase: 'idle' } | { phase: 'running' | 'done'; results: CheckResult[] } | { phase: 'failed'; results: CheckResult[] };

/** Runs the check once per click (a second click while it runs does nothing), showing each result as it comes. */
export function useTenantCheck(probe: TenantProbePort, clock: Clock) {
  const [state, setState] = useState<TenantCheckState>({ phase: 'idle' });
  const running = useRef(false);
  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    const results: CheckResult[] = [];
    setState({ phase: 'running', results: [] });
    try {
      await runTenantCheck(probe, {
        stamp: clock.now().toISOString(),
        onResult: (result) => {
          results.push(result);
          setState({ phase: 'running', results: [...results] });
        },
      });
      setState({ phase: 'done', results });
    } catch {
      setState({ phase: 'failed', results });
    } finally {
      running.current = false;
    }
  }, [probe, clock]);
  return { state, run };
}
