import { lazy, Suspense } from 'react';
import type { StatusBarProps } from './status-parts';

/**
 * Fluent's MessageBar and Spinner for a page whose first screen rarely shows them (the Outlook pane: a progress line
 * only when Office is slow, a message bar for an error, a meeting that is not a 1:1 or an insert's outcome). Their
 * code (~6 kB gzip) is its own chunk, prefetched at idle priority, so the first screen neither downloads nor
 * evaluates it (docs/performance.md, "Task pane and commands: bytes and first render"). Until the chunk is in, the
 * same words show as plain text, in the same live region role.
 */
// Should the chunk not load (a network blip), the plain forms stay: a status is never worth the pane.
const parts = () =>
  import(/* webpackChunkName: "status-parts", webpackPrefetch: true */ './status-parts').catch(() => ({ StatusBar: PlainStatusBar, ProgressLine: PlainProgressLine }));
const LoadedStatusBar = lazy(() => parts().then((m) => ({ default: m.StatusBar })));
const LoadedProgressLine = lazy(() => parts().then((m) => ({ default: m.ProgressLine })));

function PlainStatusBar({ role, children, actions }: StatusBarProps) {
  return (
    <div role={role ?? 'status'}>
      {children}
      {actions}
    </div>
  );
}

function PlainProgressLine({ label }: { label: string }) {
  return (
    <div role="progressbar" aria-label={label}>
      {label}
    </div>
  );
}

export function StatusBar(props: StatusBarProps) {
  return (
    <Suspense fallback={<PlainStatusBar {...props} />}>
      <LoadedStatusBar {...props} />
    </Suspense>
  );
}

/** A spinner with its label after it: "Reading the meeting…", "Loading…". */
export function ProgressLine({ label, size = 'tiny' }: { label: string; size?: 'tiny' | 'small' }) {
  return (
    <Suspense fallback={<PlainProgressLine label={label} />}>
      <LoadedProgressLine label={label} size={size} />
    </Suspense>
  );
}
