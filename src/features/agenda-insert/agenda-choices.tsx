import { Field, Radio, RadioGroup, Select, Switch } from '@fluentui/react-components';
import { AGENDA_TEMPLATE_IDS, type AgendaTemplateId } from '../../domain/agenda/types';
import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import { LOCALES, isLocale, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { AgendaChoices } from './use-agenda-insert';

const TEMPLATE_KEYS: Record<AgendaTemplateId, 'templateWeekly' | 'templateFirst' | 'templateRepair'> = {
  weekly: 'templateWeekly',
  first: 'templateFirst',
  repair: 'templateRepair',
};
/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', he: 'עברית', sv: 'Svenska' };

export function AgendaChoicesForm({ locale, choices, onChange }: { locale: Locale; choices: AgendaChoices; onChange(change: Partial<AgendaChoices>): void }) {
  const t = translator(outlook, locale);
  return (
    <>
      <Field label={t('templateLabel')}>
        <RadioGroup value={choices.template} onChange={(_, data) => onChange({ template: data.value as AgendaTemplateId })}>
          {AGENDA_TEMPLATE_IDS.map((id) => (
            <Radio key={id} value={id} label={t(TEMPLATE_KEYS[id])} />
          ))}
        </RadioGroup>
      </Field>
      <Switch checked={choices.includePipeline} label={t('pipelineLabel')} onChange={(_, data) => onChange({ includePipeline: data.checked })} />
      <Field label={t('languageLabel')}>
        <Select value={choices.locale} onChange={(_, data) => isLocale(data.value) && onChange({ locale: data.value })}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
