import { useEffect, useState } from 'react';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import { localDate } from '../../domain/time/calendar-days';
import type { Locale } from '../../i18n/locale';
import { teamsShell } from '../../i18n/catalogues/teams-tab';
import { translator } from '../../i18n/translate';
import { AreaError, AreaLoading } from '../../ui/area';
import { DateFormatProvider } from '../../ui/date-format-provider';
import { useManagerRegional } from '../common/use-manager-regional';
import { TeamDashboard } from '../../features/team-dashboard';
import {
  FollowUpsPage,
  PageSuspense,
  PracticesPage,
  RepairPage,
  ReportPage,
  ReportScope,
  SettingsPage,
  SignalsPage,
  TenantCheckPanel,
  TalkCheckPage,
  WhoSeesWhatPage,
  WrapUp,
} from './lazy-pages';
import type { ReportOverview } from '../../features/team-dashboard';
import { followUps as followUpsCatalogue } from '../../i18n/catalogues/follow-up-sync';
import { TabNavigation, type TabPage } from './tab-navigation';
import { useTabState } from './use-tab-state';
import { useTabFollowUps } from './use-tab-follow-ups';

export type PageId = 'team' | 'report' | 'followUps' | 'signals' | 'repair' | 'talk' | 'practices' | 'settings' | 'privacy';

/** Today in the browser's zone as YYYY-MM-DD (the zone of the Teams client, docs/contracts.md §8). */
const localDay = (now: Date, timeZone: string) => localDate(now.toISOString(), timeZone);

/** The tab's pages over one shared load of the team's data. */
export function TeamsTab(props: {
  services: GraphAdapters;
  clock: Clock;
  locale: Locale;
  onLanguageSetting: (language: Locale | null) => void;
  /** Told (with true) once the Team page shows its cards or its failure. */
  onFirstScreen?: (shown: true) => void;
}) {
  const { locale, services, clock, onLanguageSetting, onFirstScreen } = props;
  const t = translator(teamsShell, locale);
  const state = useTabState(services, clock);
  const firstScreenReady = state.overviews !== null && !state.tasksLoading;
  const followUps = useTabFollowUps(services, clock, firstScreenReady);
  // Dates in the manager's Outlook format: the document's copy, else one read after the first screen (never before it).
  const regional = useManagerRegional(state.document?.regional, services.directory, firstScreenReady);
  const [page, setPage] = useState<PageId>('team');
  const [reportId, setReportId] = useState<string | null>(null);
  const language = state.document?.settings.language ?? null;
  useEffect(() => onLanguageSetting(language), [language, onLanguageSetting]);
  const firstScreen = state.overviews !== null || state.failure !== undefined;
  useEffect(() => {
    if (firstScreen) onFirstScreen?.(true);
  }, [firstScreen, onFirstScreen]);
  const docProps = (doc: NonNullable<typeof state.document>) => ({ saved: doc, document: services.managerDocument, onSaved: state.data.documentSaved });
  const scope = { locale, state, reportId, onPick: setReportId };

  /** The wrap-up of the last 1:1 that took place, from the follow-ups feature (features never import each other). */
  const lastWrapUp = (overview: ReportOverview) => {
    const last = overview.history.find((e) => e.status !== 'cancelled' && e.iCalUId);
    const events = state.data.calendar.status === 'ready' ? state.data.calendar.value.events : [];
    const event = last && events.find((e) => e.iCalUId === last.iCalUId);
    const manager = state.data.people.status === 'ready' ? state.data.people.value.manager : null;
    if (!event || !manager) return undefined;
    return <WrapUp key={event.id} loadingLabel={t('loadingTab')} ports={followUps.ports} event={event} manager={manager} report={overview.report} locale={locale} timeZone={followUps.timeZone} clock={clock} />;
  };

  const pages: TabPage<PageId>[] = [
    {
      id: 'team',
      label: t('tabTeam'),
      render: () => (
        <TeamDashboard
          locale={locale}
          overviews={state.overviews}
          failure={state.failure}
          tasksLoading={state.tasksLoading}
          onRetry={state.data.retry}
          onOpen={(id) => {
            setReportId(id);
            setPage('report');
          }}
        />
      ),
    },
    {
      id: 'report',
      label: t('tabReport'),
      render: () => (
        <ReportScope
          {...scope}
          render={(overview) => (
            <ReportPage
              locale={locale}
              report={overview.report}
              next={overview.next}
              history={overview.history}
              document={{ saved: state.document, failure: state.documentFailure, port: services.managerDocument, onSaved: state.data.documentSaved }}
              onRetry={state.data.retry}
              wrapUp={lastWrapUp(overview)}
            />
          )}
        />
      ),
    },
    {
      id: 'followUps',
      label: translator(followUpsCatalogue, locale)('heading'),
      render: () => <FollowUpsPage ports={followUps.ports} sync={followUps} locale={locale} timeZone={followUps.timeZone} clock={clock} />,
    },
    {
      id: 'signals',
      label: t('tabSignals'),
      render: () => (
        <ReportScope
          {...scope}
          needsDocument
          render={(overview, doc) => <SignalsPage key={overview.report.id} locale={locale} report={overview.report} today={localDay(clock.now(), followUps.timeZone)} {...docProps(doc!)} />}
        />
      ),
    },
    {
      id: 'repair',
      label: t('tabRepair'),
      render: () => (
        <ReportScope
          {...scope}
          needsDocument
          render={(overview, doc) => (
            <RepairPage
              key={overview.report.id}
              locale={locale}
              clock={clock}
              timeZone={followUps.timeZone}
              manager={state.data.people.status === 'ready' ? state.data.people.value.manager : overview.report}
              report={overview.report}
              pair={state.tasks?.pairs.find((p) => p.reportId === overview.report.id)}
              tasks={state.tasks?.tasks ?? []}
              next={overview.next}
              saved={doc!}
              ports={{ document: services.managerDocument, tasks: services.tasks, calendar: services.calendar }}
              onSaved={state.data.documentSaved}
              onTasksChanged={state.data.reloadTasks}
            />
          )}
        />
      ),
    },
    {
      id: 'talk',
      label: t('tabTalk'),
      render: () => (
        <ReportScope
          {...scope}
          needsDocument
          render={(overview, doc) => {
            const meetings = overview.history.flatMap((e) => (e.iCalUId && e.status !== 'cancelled' ? [{ iCalUId: e.iCalUId, start: e.movedTo ?? e.start }] : []));
            const events = state.data.calendar.status === 'ready' ? state.data.calendar.value.events : [];
            const manager = state.data.people.status === 'ready' ? state.data.people.value.manager : null;
            const measured = manager && {
              manager,
              report: overview.report,
              transcripts: services.transcripts,
              meetings: meetings.map((m) => {
                const event = events.find((e) => e.iCalUId === m.iCalUId);
                return { ...m, end: event?.end ?? m.start, joinUrl: event?.joinUrl ?? null };
              }),
            };
            return <TalkCheckPage key={overview.report.id} locale={locale} report={overview.report} meetings={meetings} {...docProps(doc!)} {...(measured ? { measured } : {})} />;
          }}
        />
      ),
    },
    { id: 'practices', label: t('tabPractices'), render: () => <PracticesPage locale={locale} /> },
    {
      id: 'settings',
      label: t('tabSettings'),
      render: () =>
        state.documentFailure !== undefined ? (
          <AreaError error={state.documentFailure} locale={locale} onRetry={state.data.retry} />
        ) : state.document ? (
          <>
            <SettingsPage locale={locale} {...docProps(state.document)} />
            <TenantCheckPanel locale={locale} probe={services.tenantProbe} clock={clock} />
          </>
        ) : (
          <AreaLoading label={t('loadingTab')} />
        ),
    },
    { id: 'privacy', label: t('tabPrivacy'), render: () => <WhoSeesWhatPage locale={locale} planMode={state.document?.settings.planMode ?? 'pair'} /> },
  ];
  const lazyPages = pages.map((p) => ({ ...p, render: () => <PageSuspense label={t('loadingTab')}>{p.render()}</PageSuspense> }));
  return (
    <DateFormatProvider regional={regional}>
      <TabNavigation label={t('navLabel')} pages={lazyPages} selected={page} onSelect={setPage} />
    </DateFormatProvider>
  );
}
