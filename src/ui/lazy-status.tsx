import { lazy, Suspense } from 'react';
import type { StatusBarProps } from './status-parts';

/**
 * Fluent's MessageBar and Spinner for a page whose first screen rarely shows them (the Outlook pane: a progress line
 * only when Office is slow, a message bar for an error, a meeting that is not a 1:1 or an insert's outcome). Their
 * code (~6 kB gzip) is its own chunk, prefetched at idle priority, so the first screen neither downloads nor
 * evaluates it (docs/performance.md, "Task pane and commands: bytes and first render"). Until the chunk is in, the
 * same words show as plain text, in the same live region role.
 */
const parts = () => import(/* webpackChunkName: "status-parts", webpackPrefetch: true */ './status-parts');
const LoadedStatusBar = lazy(() => parts().then((m) => ({ default: m.StatusBar })));
const LoadedProgressLine = lazy(() => parts().then((m) => ({ default: m.ProgressLine })));

export function StatusBar(props: StatusBarProps) {
  return (
    <Suspense
      fallback={
        <div role={props.role ?? 'status'}>
          {props.children}
          {props.actions}
        </div>
      }
    >
      <LoadedStatusBar {...props} />
    </Suspense>
  );
}

/** A spinner with its label after it: "Reading the meeting…", "Loading…". */
export function ProgressLine({ label, size = 'tiny' }: { label: string; size?: 'tiny' | 'small' }) {
  return (
    <Suspense fallback={<div role="progressbar" aria-label={label}>{label}</div>}>
      <LoadedProgressLine label={label} size={size} />
    </Suspense>
  );
}
