import { Body1, Card, CardHeader, Checkbox, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { HIGH_TRUST_SIGNS, WARNING_SIGNS, practiceById, signById } from '../../domain/content';
import type { ManagerDocument } from '../../domain/model/document';
import { practiceToWorkOn } from '../../domain/trust/signals';
import { teamsSignals } from '../../i18n/catalogues/trust-signals';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { SaveActions } from '../../ui/save-actions';
import { SignalsTrend } from './signals-trend';
import { useSignalsCheck } from './use-signals-check';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalL },
  group: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none' },
});

export interface SignalsPageProps {
  locale: Locale;
  report: { id: string; displayName: string };
  /** Today in the manager's zone (YYYY-MM-DD). */
  today: string;
  saved: ManagerDocument;
  document: Pick<ManagerDocumentPort, 'update'>;
  onSaved: (doc: ManagerDocument) => void;
}

/** Record the four high-trust and four warning signs for one report, see the trend and the practice to work on. */
export function SignalsPage(props: SignalsPageProps) {
  const styles = useStyles();
  const t = translator(teamsSignals, props.locale);
  const { marks, mark, record, status } = useSignalsCheck({ document: props.document, reportId: props.report.id, today: props.today, onSaved: props.onSaved });
  const checks = props.saved.reports[props.report.id]?.signals ?? [];
  const suggestion = practiceToWorkOn(checks);
  const practice = suggestion ? practiceById(suggestion.practiceId) : undefined;
  const group = (title: string, signs: typeof HIGH_TRUST_SIGNS | typeof WARNING_SIGNS) => (
    <fieldset className={styles.group}>
      <legend>
        <Subtitle2 as="h3">{title}</Subtitle2>
      </legend>
      {signs.map((sign) => (
        <Checkbox key={sign.id} label={sign.text[props.locale]} checked={marks.has(sign.id)} onChange={(_e, data) => mark(sign.id, data.checked === true)} />
      ))}
    </fieldset>
  );
  return (
    <div className={styles.page}>
      <Subtitle1 as="h2">{t('title', { name: props.report.displayName })}</Subtitle1>
      <Body1>{t('intro')}</Body1>
      <div className={styles.groups}>
        {group(t('highTitle'), HIGH_TRUST_SIGNS)}
        {group(t('warningTitle'), WARNING_SIGNS)}
      </div>
      <SaveActions status={status} locale={props.locale} onAction={record} labels={{ action: t('record'), busy: t('recording'), done: t('recorded'), failed: t('saveFailed') }} />
      <SignalsTrend locale={props.locale} checks={checks} />
      {checks.length > 0 && (
        <Card>
          <CardHeader header={<Subtitle2 as="h3">{t('nextTitle')}</Subtitle2>} />
          {suggestion && practice ? (
            <>
              <Body1>
                <strong>{practice.title[props.locale]}</strong>
              </Body1>
              <Body1>{practice.guidance[props.locale]}</Body1>
              <Body1>
                {t(suggestion.because.kind === 'warning-seen' ? 'becauseWarning' : 'becauseMissing', {
                  sign: signById(suggestion.because.sign)?.text[props.locale] ?? suggestion.because.sign,
                })}
              </Body1>
            </>
          ) : (
            <Body1>{t('allWell')}</Body1>
          )}
        </Card>
      )}
    </div>
  );
}
