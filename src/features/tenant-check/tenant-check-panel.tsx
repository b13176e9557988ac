import { Badge, Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Clock } from '../../domain/model/clock';
import { tenantCheck } from '../../i18n/catalogues/tenant-check';
import type { Locale } from '../../i18n/locale';
import { translator, type Translate } from '../../i18n/translate';
import type { TenantProbePort } from '../../ports/tenant-check';
import { CHECK_STEPS, type CheckResult } from './check-steps';
import { useTenantCheck } from './use-tenant-check';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginBlockStart: tokens.spacingVerticalXXL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS, borderBlockEndWidth: tokens.strokeWidthThin, borderBlockEndStyle: 'solid', borderBlockEndColor: tokens.colorNeutralStroke2 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const INTENT = { works: 'success', refused: 'danger', 'not-tried': 'informative' } as const;

/** "Check this tenant": every capability Rapport needs, as the signed-in user; what is refused and who can fix it. */
export function TenantCheckPanel(props: { locale: Locale; probe: TenantProbePort; clock: Clock }) {
  const styles = useStyles();
  const t = translator(tenantCheck, props.locale);
  const { state, run } = useTenantCheck(props.probe, props.clock);
  const results = state.phase === 'idle' ? [] : state.results;
  const refused = results.filter((r) => r.status === 'refused').length;
  return (
    <section className={styles.panel} aria-labelledby="tenant-check-title">
      <Subtitle1 as="h2" id="tenant-check-title">
        {t('title')}
      </Subtitle1>
      <Body1>{t('intro')}</Body1>
      <div>
        <Button appearance="secondary" onClick={() => void run()} disabled={state.phase === 'running'}>
          {t('run')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.phase === 'running' && <Spinner size="tiny" label={t('running', { done: results.length, total: CHECK_STEPS.length })} />}
        {state.phase === 'done' && (
          <MessageBar intent={refused ? 'warning' : 'success'}>
            <MessageBarBody>{refused ? t('someRefused', { count: refused }) : t('allWork')}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('failed')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {results.length > 0 && (
        <ul className={styles.list} aria-label={t('title')}>
          {results.map((result) => (
            <li key={result.step} className={styles.item}>
              <div className={styles.row}>
                <Body1>{t(result.step)}</Body1>
                <Badge appearance="tint" color={INTENT[result.status]}>
                  {t(result.status === 'not-tried' ? 'notTried' : result.status)}
                </Badge>
              </div>
              <ResultDetail result={result} t={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ResultDetail({ result, t }: { result: CheckResult; t: Translate<keyof (typeof tenantCheck)['en']> }) {
  if (result.status === 'not-tried') return <Caption1>{t(result.reason)}</Caption1>;
  if (result.status === 'works') return result.step === 'directReports' && result.detail ? <Caption1>{t('reportsFound', { count: Number(result.detail) })}</Caption1> : null;
  return (
    <>
      <Body1>{t(result.fix)}</Body1>
      <Caption1>
        {t('graphCode', { code: result.httpStatus ? `${result.httpStatus} ${result.code}` : result.code })}
        {result.requestId ? ` · ${t('requestId', { id: result.requestId })}` : ''}
      </Caption1>
    </>
  );
}
