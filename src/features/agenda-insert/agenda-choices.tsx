import { useId } from 'react';
import { Label, Radio, RadioGroup, Select, Switch } from '@fluentui/react-components';
import { AGENDA_TEMPLATE_IDS, type AgendaTemplateId } from '../../domain/agenda/types';
import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import { LOCALES, isLocale, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { AgendaChoices } from './use-agenda-insert';
import { useAgendaInsertStyles } from './use-agenda-insert-styles';

const TEMPLATE_KEYS: Record<AgendaTemplateId, 'templateWeekly' | 'templateFirst' | 'templateRepair'> = {
  weekly: 'templateWeekly',
  first: 'templateFirst',
  repair: 'templateRepair',
};
/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', he: 'עברית', sv: 'Svenska' };

export function AgendaChoicesForm({ locale, choices, onChange }: { locale: Locale; choices: AgendaChoices; onChange(change: Partial<AgendaChoices>): void }) {
  const t = translator(outlook, locale);
  const styles = useAgendaInsertStyles();
  const templateLabel = useId();
  const languageSelect = useId();
  // Labels tied to their controls by id, as Fluent's Field does, without Field's validation and hint machinery
  // (~2.5 kB gzip the first screen does not use: docs/performance.md, "Task pane and commands: bytes and first render").
  return (
    <>
      <div className={styles.field}>
        <Label id={templateLabel}>{t('templateLabel')}</Label>
        <RadioGroup aria-labelledby={templateLabel} value={choices.template} onChange={(_, data) => onChange({ template: data.value as AgendaTemplateId })}>
          {AGENDA_TEMPLATE_IDS.map((id) => (
            <Radio key={id} value={id} label={t(TEMPLATE_KEYS[id])} />
          ))}
        </RadioGroup>
      </div>
      <Switch checked={choices.includePipeline} label={t('pipelineLabel')} onChange={(_, data) => onChange({ includePipeline: data.checked })} />
      <div className={styles.field}>
        <Label htmlFor={languageSelect}>{t('languageLabel')}</Label>
        <Select id={languageSelect} value={choices.locale} onChange={(_, data) => isLocale(data.value) && onChange({ locale: data.value })}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
