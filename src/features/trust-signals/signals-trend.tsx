import { Body1, Subtitle2, Table, makeStyles, tokens, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { SignalsCheck } from '../../domain/model/document';
import { signalsTrend, trendDirection } from '../../domain/trust/signals';
import { teamsSignals } from '../../i18n/catalogues/trust-signals';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { useDateDisplay } from '../../ui/date-display';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** The checks so far, oldest first, and whether the last one is better or worse than the one before. */
export function SignalsTrend({ locale, checks }: { locale: Locale; checks: readonly SignalsCheck[] }) {
  const styles = useStyles();
  const t = translator(teamsSignals, locale);
  const dates = useDateDisplay(locale);
  const points = signalsTrend(checks);
  const direction = trendDirection(points);
  if (points.length === 0) return <Body1>{t('noChecks')}</Body1>;
  return (
    <section aria-labelledby="signals-trend-title" className={styles.section}>
      <Subtitle2 as="h3" id="signals-trend-title">
        {t('trendTitle')}
      </Subtitle2>
      {direction && <Body1 role="status">{t(direction === 'better' ? 'trendBetter' : direction === 'worse' ? 'trendWorse' : 'trendSame')}</Body1>}
      <Table aria-labelledby="signals-trend-title" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('columnDate')}</TableHeaderCell>
            <TableHeaderCell>{t('columnHigh')}</TableHeaderCell>
            <TableHeaderCell>{t('columnWarning')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {points.map((point) => (
            <TableRow key={point.date}>
              <TableCell>{dates.calendarDay(point.date)}</TableCell>
              <TableCell>{t('countOfFour', { count: point.high })}</TableCell>
              <TableCell>{t('countOfFour', { count: point.warning })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
