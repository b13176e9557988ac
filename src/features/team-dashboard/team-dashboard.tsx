import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useEffect, useState } from 'react';
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

/**
 * Cards in the tab's first commit: about what a first screen shows (two rows of three at 1280 × 720). The rest, further
 * down the order of who needs attention, follow in a transition right after, so the first screen does not wait for
 * cards nobody can see yet (docs/performance.md, "Faster where the user waits").
 */
export const FIRST_SCREEN_CARDS = 6;

/** The team at a glance: a card per direct report, in the order of who needs attention first. */
export function TeamDashboard(props: TeamDashboardProps) {
  const styles = useStyles();
  const t = translator(teamsDashboard, props.locale);
  const [allCards, setAllCards] = useState(false);
  const hasCards = props.overviews !== null;
  useEffect(() => {
    if (hasCards) startTransition(() => setAllCards(true));
  }, [hasCards]);
  const shown = props.overviews && (allCards ? props.overviews : props.overviews.slice(0, FIRST_SCREEN_CARDS));
  return (
    <section className={styles.page} aria-labelledby="team-title">
      <Subtitle1 as="h2" id="team-title">
        {t('title')}
      </Subtitle1>
      <Body1>{t('intro')}</Body1>
      {props.failure !== undefined && <AreaError error={props.failure} locale={props.locale} onRetry={props.onRetry} />}
      {props.overviews === null && props.failure === undefined && <AreaLoading label={t('loadingTeam')} />}
      {props.overviews && props.tasksLoading && <AreaLoading label={t('loadingTasks')} />}
      {shown && (
        <ul className={styles.grid}>
          {shown.map((overview) => (
            <li key={overview.report.id}>
              <ReportCard overview={overview} locale={props.locale} onOpen={props.onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
