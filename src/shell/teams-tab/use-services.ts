import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { GraphAdapters } from '../../adapters/graph';
import type { Area } from '../../features/team-dashboard';
import { startServices } from './start-services';

/**
 * The Graph adapters of the tab. The first attempt is `started` when given (the entry starts it, for the same
 * `signInAs`, while its script evaluates, so config.json and sign-in do not wait for React's first commit and
 * effects); `retry` starts again, `signIn` with the sign-in window.
 */
export function useServices(
  signInAs: string | null,
  started?: Promise<GraphAdapters>,
  /** `started`'s value when it has already settled: the first render then is the tab, not a spinner. */
  startedValue?: GraphAdapters,
): { services: Area<GraphAdapters>; retry: () => void; signIn: () => void } {
  const [services, setServices] = useState<Area<GraphAdapters>>(() => (startedValue ? { status: 'ready', value: startedValue } : { status: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  const interactive = useRef(false);
  const first = useRef(started);
  useEffect(() => {
    let live = true;
    const withWindow = interactive.current;
    interactive.current = false;
    const attemptNow = attempt === 0 && first.current ? first.current : null; // the entry's, maybe already shown
    if (!attemptNow) setServices((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    (attemptNow ?? startServices(signInAs, withWindow)).then(
      // A transition: the whole tab renders now, in slices, so Graph's answers are handled while it does.
      (adapters) => live && startTransition(() => setServices((s) => (s.status === 'ready' && s.value === adapters ? s : { status: 'ready', value: adapters }))),
      (error: unknown) => live && setServices({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [signInAs, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const signIn = useCallback(() => {
    interactive.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return { services, retry, signIn };
}
