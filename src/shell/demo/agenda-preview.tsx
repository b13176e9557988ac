import { useId, useMemo, useState } from 'react';
import { Field, makeStyles, Radio, RadioGroup, Select, Switch, Tab, TabList, tokens } from '@fluentui/react-components';
import { renderAgenda, type AgendaTemplateId } from '../../domain/agenda';
import { demo } from '../../i18n/catalogues/demo';
import { directionOf, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { sampleAgendaInput, type PreviewChoices } from './sample-meeting';

const DURATIONS = [15, 30, 45, 60];
const TEMPLATES: ReadonlyArray<[AgendaTemplateId, 'templateWeekly' | 'templateFirst' | 'templateRepair']> = [
  ['weekly', 'templateWeekly'],
  ['first', 'templateFirst'],
  ['repair', 'templateRepair'],
];

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  frame: {
    width: '100%',
    minHeight: '640px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
});

/** A whole document around the agenda HTML, so the preview reads like the invite would (fonts, direction). */
const previewDocument = (html: string, locale: Locale) =>
  `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8">` +
  '<style>body{font-family:Segoe UI,system-ui,sans-serif;font-size:14px;margin:16px}table{border-collapse:collapse}th,td{border:1px solid;padding:4px 8px;min-width:6em}</style>' +
  `</head><body>${html}</body></html>`;

/** The live agenda preview: template, pipeline and length choices, and the agenda as HTML or as plain text. */
export function AgendaPreview({ locale, now, timeZone }: { locale: Locale; now: Date; timeZone: string }) {
  const styles = useStyles();
  const t = translator(demo, locale);
  const [choices, setChoices] = useState<PreviewChoices>({ template: 'weekly', includePipeline: false, durationMinutes: 30 });
  const [view, setView] = useState<'invite' | 'text'>('invite');
  const agenda = useMemo(() => renderAgenda(sampleAgendaInput(choices, locale, now, timeZone)), [choices, locale, now, timeZone]);
  const update = (change: Partial<PreviewChoices>) => setChoices((current) => ({ ...current, ...change }));
  const tabIds = { invite: useId(), text: useId() };

  return (
    <>
      <div className={styles.controls}>
        <Field label={t('templateLabel')}>
          <RadioGroup value={choices.template} onChange={(_e, data) => update({ template: data.value as AgendaTemplateId })}>
            {TEMPLATES.map(([id, key]) => (
              <Radio key={id} value={id} label={t(key)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('durationLabel')}>
          <Select value={String(choices.durationMinutes)} onChange={(_e, data) => update({ durationMinutes: Number(data.value) })}>
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('duration', { minutes })}
              </option>
            ))}
          </Select>
        </Field>
        <Switch checked={choices.includePipeline} label={t('pipelineLabel')} onChange={(_e, data) => update({ includePipeline: data.checked })} />
      </div>
      <TabList selectedValue={view} onTabSelect={(_e, data) => setView(data.value as 'invite' | 'text')}>
        <Tab value="invite" id={tabIds.invite}>{t('viewInvite')}</Tab>
        <Tab value="text" id={tabIds.text}>{t('viewText')}</Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={tabIds[view]}>
        {view === 'invite' ? (
          // The agenda HTML is renderAgenda's own escaped output, and it is still shown in an iframe with an empty
          // sandbox (no scripts, no same origin, no navigation): the preview cannot run anything even if a bug slipped
          // through, and the invite's markup cannot pick up the page's styles.
          <iframe className={styles.frame} title={t('previewFrameTitle')} sandbox="" srcDoc={previewDocument(agenda.html, locale)} />
        ) : (
          <pre className={styles.text} dir={directionOf(locale)}>
            {agenda.text}
          </pre>
        )}
      </div>
    </>
  );
}
