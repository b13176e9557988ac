import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { AreaLoading } from '../../ui/area';

/**
 * The tab's pages other than the first (Team) load as their own chunks when first opened, so the tab's initial
 * script holds only what the Team page needs (docs/performance.md, "Bundle budget").
 */
export const ReportPage = lazy(() => import('../../features/trust-checklist/entry-report-page').then((m) => ({ default: m.ReportPage })));
export const PracticesPage = lazy(() => import('../../features/trust-checklist/entry-practices-page').then((m) => ({ default: m.PracticesPage })));
export const SignalsPage = lazy(() => import('../../features/trust-signals').then((m) => ({ default: m.SignalsPage })));
export const TalkCheckPage = lazy(() => import('../../features/talk-check').then((m) => ({ default: m.TalkCheckPage })));
export const SettingsPage = lazy(() => import('../../features/settings').then((m) => ({ default: m.SettingsPage })));
export const WhoSeesWhatPage = lazy(() => import('../../features/who-sees-what').then((m) => ({ default: m.WhoSeesWhatPage })));
export const RepairPage = lazy(() => import('../../features/repair-plan').then((m) => ({ default: m.RepairPage })));
export const FollowUpsPage = lazy(() => import('../../features/follow-up-sync/entry-follow-ups-page').then((m) => ({ default: m.FollowUpsPage })));
export const TenantCheckPanel = lazy(() => import('../../features/tenant-check').then((m) => ({ default: m.TenantCheckPanel })));
/** The person picker around the Report, Signals, Repair and Talk pages (Fluent Select and Field come with it). */
export const ReportScope = lazy(() => import('./report-area').then((m) => ({ default: m.ReportScope })));
const LazyWrapUp = lazy(() => import('../../features/follow-up-sync/entry-wrap-up').then((m) => ({ default: m.WrapUp })));

/** The wrap-up inside the Report page: its own fallback, so the page around it does not blank while it loads. */
export function WrapUp(props: ComponentProps<typeof LazyWrapUp> & { loadingLabel: string }) {
  const { loadingLabel, ...rest } = props;
  return (
    <Suspense fallback={<AreaLoading label={loadingLabel} />}>
      <LazyWrapUp {...(rest as ComponentProps<typeof LazyWrapUp>)} />
    </Suspense>
  );
}

export function PageSuspense({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<AreaLoading label={label} />}>{children}</Suspense>;
}
