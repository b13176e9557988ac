import { useEffect, useState } from 'react';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import type { Locale } from '../../i18n/locale';
import { teamsShell } from '../../i18n/catalogues/teams-shell';
import { translator } from '../../i18n/translate';
import { TeamDashboard } from '../../features/team-dashboard/team-dashboard';
import { PracticesPage } from '../../features/trust-checklist/practices-page';
import { TabNavigation, type TabPage } from './tab-navigation';
import { ReportArea } from './report-area';
import { useTabState } from './use-tab-state';

export type PageId = 'team' | 'report' | 'practices';

/** The tab's pages over one shared load of the team's data. */
export function TeamsTab(props: { services: GraphAdapters; clock: Clock; locale: Locale; onLanguageSetting: (language: Locale | null) => void }) {
  const t = translator(teamsShell, props.locale);
  const state = useTabState(props.services, props.clock, props.locale);
  const [page, setPage] = useState<PageId>('team');
  const [reportId, setReportId] = useState<string | null>(null);
  const { onLanguageSetting } = props;
  const language = state.document?.settings.language ?? null;
  useEffect(() => onLanguageSetting(language), [language, onLanguageSetting]);

  const pages: TabPage<PageId>[] = [
    {
      id: 'team',
      label: t('tabTeam'),
      render: () => (
        <TeamDashboard
          locale={props.locale}
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
        <ReportArea locale={props.locale} state={state} reportId={reportId} onPick={setReportId} documentPort={props.services.managerDocument} />
      ),
    },
    { id: 'practices', label: t('tabPractices'), render: () => <PracticesPage locale={props.locale} /> },
  ];
  return <TabNavigation label={t('navLabel')} pages={pages} selected={page} onSelect={setPage} />;
}
