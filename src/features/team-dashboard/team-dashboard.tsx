import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { teamsDashboard } from '../../i18n/catalogues/team-dashboard';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { AreaError, AreaLoading } from '../../ui/area';
import { ReportCard } from './report-card';
import type { ReportOverview } from './report-overview';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
});

export interface TeamDashboardProps {
  locale: Locale;
  /** Null while the team and calendar load; sorted, who needs attention first. */
  overviews: ReportOverview[] | null;
  /** The first failure among the areas the cards depend on, if any. */
  failure: unknown;
  tasksLoading: boolean;
  onRetry: () => void;
  onOpen: (reportId: string) => void;
}

/** The team at a glance: a card per direct report, in the order of who needs attention first. */
export function TeamDashboard(props: TeamDashboardProps) {
  const styles = useStyles();
  const t = translator(teamsDashboard, props.locale);
  return (
    <section className={styles.page} aria-labelledby="team-title">
      <Subtitle1 as="h2" id="team-title">
        {t('title')}
      </Subtitle1>
      <Body1>{t('intro')}</Body1>
      {props.failure !== undefined && <AreaError error={props.failure} locale={props.locale} onRetry={props.onRetry} />}
      {props.overviews === null && props.failure === undefined && <AreaLoading label={t('loadingTeam')} />}
      {props.overviews && props.tasksLoading && <AreaLoading label={t('loadingTasks')} />}
      {props.overviews && (
        <ul className={styles.grid}>
          {props.overviews.map((overview) => (
            <li key={overview.report.id}>
              <ReportCard overview={overview} locale={props.locale} onOpen={props.onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
