import { Body1, Field, Select } from '@fluentui/react-components';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { ReportPage } from '../../features/trust-checklist/report-page';
import { teamsShell } from '../../i18n/catalogues/teams-shell';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { AreaError, AreaLoading } from '../../ui/area';
import type { useTabState } from './use-tab-state';

/** The Report page for the chosen person (the first in the attention order until one is picked). */
export function ReportArea(props: {
  locale: Locale;
  state: ReturnType<typeof useTabState>;
  reportId: string | null;
  onPick: (id: string) => void;
  documentPort: ManagerDocumentPort;
}) {
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
  return (
    <>
      <Field label={t('pickReport')}>
        <Select value={overview.report.id} onChange={(_e, data) => props.onPick(data.value)}>
          {state.overviews.map((o) => (
            <option key={o.report.id} value={o.report.id}>
              {o.report.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <ReportPage
        locale={props.locale}
        report={overview.report}
        next={overview.next}
        history={overview.history}
        document={{ saved: state.document, failure: state.documentFailure, port: props.documentPort, onSaved: state.data.documentSaved }}
        onRetry={state.data.retry}
      />
    </>
  );
}
