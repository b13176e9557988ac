import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { ManagerDocument } from '../../domain/model/document';
import { teamsSettings } from '../../i18n/catalogues/settings';
import { isLocale, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { SaveActions } from '../../ui/save-actions';
import { useSettingsForm } from './use-settings-form';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
});

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', he: 'עברית', sv: 'Svenska' };

export interface SettingsPageProps {
  locale: Locale;
  saved: ManagerDocument;
  document: Pick<ManagerDocumentPort, 'update'>;
  onSaved: (doc: ManagerDocument) => void;
}

/** Language, where follow-ups are kept (with the plain privacy statement), automatic follow-ups, 1:1 subject words. */
export function SettingsPage(props: SettingsPageProps) {
  const styles = useStyles();
  const t = translator(teamsSettings, props.locale);
  const { form, change, save, status, invalid } = useSettingsForm(props);
  return (
    <form
      className={styles.form}
      aria-labelledby="settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Subtitle1 as="h2" id="settings-title">
        {t('title')}
      </Subtitle1>
      <Field label={t('language')}>
        <RadioGroup value={form.language ?? 'auto'} onChange={(_e, data) => change({ language: isLocale(data.value) ? data.value : null })}>
          <Radio value="auto" label={t('languageAuto')} />
          {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((code) => (
            <Radio key={code} value={code} label={<span lang={code}>{LANGUAGE_NAMES[code]}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('planMode')}>
        <RadioGroup value={form.planMode} onChange={(_e, data) => change({ planMode: data.value === 'group' ? 'group' : 'pair' })}>
          <Radio value="pair" label={t('planPair')} />
          <Radio value="group" label={t('planGroup')} />
        </RadioGroup>
      </Field>
      <MessageBar intent={form.planMode === 'group' ? 'warning' : 'info'}>
        <MessageBarBody>{form.planMode === 'group' ? t('groupStatement') : t('pairStatement')}</MessageBarBody>
      </MessageBar>
      {form.planMode === 'group' && (
        <Field label={t('groupPlanId')} hint={t('groupPlanIdHint')} required validationMessage={invalid ? t('groupPlanIdMissing') : undefined}>
          <Input value={form.groupPlanId} onChange={(_e, data) => change({ groupPlanId: data.value })} />
        </Field>
      )}
      <Field hint={t('autoFollowUpsOff')}>
        <Switch checked={form.autoFollowUps} label={t('autoFollowUps')} onChange={(_e, data) => change({ autoFollowUps: data.checked })} />
      </Field>
      <Field label={t('extraWords')} hint={t('extraWordsHint')}>
        <Input value={form.extraWords} onChange={(_e, data) => change({ extraWords: data.value })} />
      </Field>
      <SaveActions status={status} locale={props.locale} disabled={invalid} labels={{ action: t('save'), busy: t('saving'), done: t('saved'), failed: t('saveFailed') }} />
    </form>
  );
}
