import { Body1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ManagerDocument } from '../../domain/model/document';
import type { ReportOverview } from '../../features/team-dashboard';
import { teamsShell } from '../../i18n/catalogues/teams-tab';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { AreaError, AreaLoading } from '../../ui/area';
import type { useTabState } from './use-tab-state';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL }, picker: { maxWidth: '20rem' } });

/**
 * A page about one report: the person picker (the first in the attention order until one is picked), then the page.
 * With `needsDocument`, the page waits for the manager's document and shows its failure with a retry.
 */
export function ReportScope(props: {
  locale: Locale;
  state: ReturnType<typeof useTabState>;
  reportId: string | null;
  onPick: (id: string) => void;
  needsDocument?: boolean;
  render: (overview: ReportOverview, document: ManagerDocument | undefined) => ReactNode;
}) {
  const styles = useStyles();
  const t = translator(teamsShell, props.locale);
  const { state } = props;
  if (!state.overviews) {
    return state.failure !== undefined ? (
      <AreaError error={state.failure} locale={props.locale} onRetry={state.data.retry} />
    ) : (
      <AreaLoading label={t('loadingTab')} />
    );
  }
  if (state.overviews.length === 0) return <Body1>{t('noReports')}</Body1>;
  const overview = state.overviews.find((o) => o.report.id === props.reportId) ?? state.overviews[0]!;
  let body: ReactNode;
  if (props.needsDocument && state.documentFailure !== undefined) body = <AreaError error={state.documentFailure} locale={props.locale} onRetry={state.data.retry} />;
  else if (props.needsDocument && !state.document) body = <AreaLoading label={t('loadingTab')} />;
  else body = props.render(overview, state.document);
  return (
    <div className={styles.root}>
      <Field label={t('pickReport')} className={styles.picker}>
        <Select value={overview.report.id} onChange={(_e, data) => props.onPick(data.value)}>
          {state.overviews.map((o) => (
            <option key={o.report.id} value={o.report.id}>
              {o.report.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {body}
    </div>
  );
}
