import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { teamsDashboard } from '../../i18n/catalogues/team-dashboard';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { useDateDisplay } from '../../ui/date-display';
import { levelText, reasonText } from './attention-text';
import type { ReportOverview } from './report-overview';
import { StatusBadge } from './status-badge';

/**
 * A light card: an `article` with Fluent's card look (filled card, medium size: tokens for background, shadow, radius
 * and a transparent stroke that high contrast makes visible) rather than Fluent's Card, whose focus management and
 * slots a card that is not itself interactive does not use. Twelve Cards were ~9 kB gzip of the tab's first script
 * and part of its first render (docs/performance.md, "Faster where the user waits").
 */
const useStyles = makeStyles({
  card: {
    height: '100%',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, margin: 0 },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  topics: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const BADGE = { attention: 'danger', watch: 'warning', 'on-track': 'success' } as const;

/** One direct report at a glance: why they are where they are in the order, and the figures behind it. */
export function ReportCard({ overview, locale, onOpen }: { overview: ReportOverview; locale: Locale; onOpen: (reportId: string) => void }) {
  const styles = useStyles();
  const t = translator(teamsDashboard, locale);
  // The display keeps one Intl formatter per shape and language: every card has a date.
  const dates = useDateDisplay(locale);
  const { report, attention } = overview;
  const headingId = `report-${report.id}`;
  const unavailable = t('unavailable');
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId}>
          {report.displayName}
        </Subtitle2>
        <StatusBadge appearance="tint" color={BADGE[attention.level]} shape="rounded">
          {levelText(attention.level, t)}
        </StatusBadge>
      </div>
      <ul className={styles.reasons}>
        {(attention.reasons.length ? attention.reasons.map((r) => reasonText(r, t)) : [t('reasonAllGood')]).map((text) => (
          <li key={text}>
            <Body1>{text}</Body1>
          </li>
        ))}
      </ul>
      <dl className={styles.figures}>
        <dt className={styles.term}>{t('figureNext')}</dt>
        <dd className={styles.value}>
          {overview.next ? (
            <>
              <span>{dates.dateTime(overview.next.start)}</span>
              <StatusBadge appearance="outline" color={overview.next.hasAgenda ? 'success' : 'warning'}>
                {overview.next.hasAgenda ? t('agendaReady') : t('agendaMissing')}
              </StatusBadge>
            </>
          ) : (
            t('figureNextNone')
          )}
        </dd>
        <dt className={styles.term}>{t('figureStreak')}</dt>
        <dd className={styles.value}>{t('streakValue', { count: overview.streak })}</dd>
        <dt className={styles.term}>{t('figureLast8')}</dt>
        <dd className={styles.value}>{t('last8Value', { cancelled: overview.cancelledLast8Weeks, moved: overview.movedLast8Weeks })}</dd>
        <dt className={styles.term}>{t('figureSince')}</dt>
        <dd className={styles.value}>{overview.daysSinceLast === null ? t('sinceNever') : t('sinceValue', { days: overview.daysSinceLast })}</dd>
        <dt className={styles.term}>{t('figureFollowUps')}</dt>
        <dd className={styles.value}>{overview.followUps ? t('followUpsValue', overview.followUps) : unavailable}</dd>
        <dt className={styles.term}>{t('figureSayDo')}</dt>
        <dd className={styles.value}>
          {!overview.sayDo ? unavailable : overview.sayDo.due === 0 ? t('sayDoNone') : t('sayDoValue', { kept: overview.sayDo.kept, due: overview.sayDo.due })}
        </dd>
        <dt className={styles.term}>{t('figureTopics')}</dt>
        <dd className={styles.value}>
          {!overview.topics ? (
            unavailable
          ) : overview.topics.length === 0 ? (
            t('topicsNone')
          ) : (
            <ul className={styles.topics}>
              {overview.topics.map((topic, i) => (
                <li key={`${i}-${topic}`} dir="auto">
                  {topic}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div className={styles.footer}>
        <Button appearance="secondary" onClick={() => onOpen(report.id)}>
          {t('openReport', { name: report.displayName })}
        </Button>
      </div>
    </article>
  );
}
