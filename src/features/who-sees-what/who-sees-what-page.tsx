import { Body1, MessageBar, MessageBarBody, Subtitle1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { DATA_KIND_TEXT, DATA_MAP, READER_TEXT, STORE_TEXT, placementOf } from '../../domain/privacy/data-map';
import { teamsPrivacy } from '../../i18n/catalogues/who-sees-what';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Where each kind of data is kept and who can read it, generated from the data map the code itself uses. */
export function WhoSeesWhatPage({ locale, planMode }: { locale: Locale; planMode: 'pair' | 'group' }) {
  const styles = useStyles();
  const t = translator(teamsPrivacy, locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <section className={styles.page} aria-labelledby="privacy-title">
      <Subtitle1 as="h2" id="privacy-title">
        {t('title')}
      </Subtitle1>
      <Body1>{t('intro')}</Body1>
      <MessageBar intent={planMode === 'group' ? 'warning' : 'info'}>
        <MessageBarBody>{planMode === 'group' ? t('groupModeNote') : t('pairModeNote')}</MessageBarBody>
      </MessageBar>
      <Table aria-labelledby="privacy-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('columnData')}</TableHeaderCell>
            <TableHeaderCell>{t('columnStore')}</TableHeaderCell>
            <TableHeaderCell>{t('columnReaders')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {DATA_MAP.map((row) => {
            const placement = placementOf(row, planMode);
            return (
              <TableRow key={row.kind}>
                <TableCell>{DATA_KIND_TEXT[row.kind][locale]}</TableCell>
                <TableCell>{STORE_TEXT[placement.store][locale]}</TableCell>
                <TableCell>{list.format(placement.readers.map((r) => READER_TEXT[r][locale]))}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Body1>{t('privateNote')}</Body1>
    </section>
  );
}
