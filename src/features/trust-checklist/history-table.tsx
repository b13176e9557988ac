import { Badge, Body1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { teamsReport } from '../../i18n/catalogues/trust-checklist';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { useDateDisplay } from '../../ui/date-display';

export interface HistoryEntry {
  iCalUId: string | null;
  start: string;
  status: 'held' | 'cancelled' | 'moved' | 'upcoming';
  movedTo?: string;
}

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });
const COLOR = { held: 'success', cancelled: 'danger', moved: 'warning', upcoming: 'informative' } as const;

/** The 1:1s of the last weeks with what happened to each: held, cancelled or moved (and where to). */
export function HistoryTable({ locale, name, entries }: { locale: Locale; name: string; entries: HistoryEntry[] }) {
  const styles = useStyles();
  const t = translator(teamsReport, locale);
  const dates = useDateDisplay(locale);
  const statusText = (entry: HistoryEntry) => {
    switch (entry.status) {
      case 'held':
        return t('statusHeld');
      case 'cancelled':
        return t('statusCancelled');
      case 'moved':
        return t('statusMoved', { date: entry.movedTo ? dates.dateTime(entry.movedTo) : '—' });
      case 'upcoming':
        return t('statusUpcoming');
    }
  };
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <Subtitle2 as="h3" id="history-title">
        {t('historyTitle')}
      </Subtitle2>
      {entries.length === 0 ? (
        <Body1>{t('historyEmpty', { name })}</Body1>
      ) : (
        <Table aria-labelledby="history-title" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('historyDate')}</TableHeaderCell>
              <TableHeaderCell>{t('historyStatus')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={`${entry.start}-${entry.iCalUId ?? 'cancelled'}`}>
                <TableCell>{dates.dateTime(entry.start)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={COLOR[entry.status]}>
                    {statusText(entry)}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
