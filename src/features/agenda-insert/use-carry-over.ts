import { useEffect, useState } from 'react';
import { loadCarryOver, type CarryOver, type CarryOverPorts } from './carry-over';
import type { Invitee } from './meeting';

export type CarryOverState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'needs-person' }
  | { status: 'failed'; error: unknown }
  | ({ status: 'ready' } & CarryOver);

/**
 * Starts loading "Open from last time" only once the meeting is known (after the pane's first useful render),
 * and only for a 1:1. Without Graph ports (the function command, or a host without auth) it stays idle.
 */
export function useCarryOver(ports: CarryOverPorts | null, counterpart: Invitee | null | undefined, timeZone: string): CarryOverState {
  const [state, setState] = useState<CarryOverState>({ status: 'idle' });
  const address = counterpart?.address ?? null;
  const name = counterpart?.name ?? '';
  const known = counterpart !== undefined;
  useEffect(() => {
    if (!ports || !known) return;
    if (!address) {
      setState({ status: 'needs-person' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadCarryOver(ports, { address, name }, timeZone).then(
      (result) => live && setState({ status: 'ready', ...result }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [ports, known, address, name, timeZone]);
  return state;
}
