import { useCallback, useEffect, useState } from 'react';
import type { ManagerDocument, ManagerSettings } from '../../domain/model/document';
import type { Locale } from '../../i18n/locale';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import type { SaveStatus } from '../../ui/save-actions';

export interface SettingsForm {
  language: Locale | null;
  planMode: 'pair' | 'group';
  groupPlanId: string;
  autoFollowUps: boolean;
  extraWords: string;
}

const formOf = (settings: ManagerSettings): SettingsForm => ({
  language: settings.language,
  planMode: settings.planMode,
  groupPlanId: settings.groupPlanId ?? '',
  autoFollowUps: settings.autoFollowUps,
  extraWords: settings.extraSubjectWords.join(', '),
});

export const parseWords = (text: string): string[] => [...new Set(text.split(/[,،\n]/).map((w) => w.trim()).filter(Boolean))];

/** Applies the form to the document's settings and leaves every other field (known or not) as it was. */
export function withSettings(doc: ManagerDocument, form: SettingsForm): ManagerDocument {
  const settings: ManagerSettings = {
    ...doc.settings,
    language: form.language,
    planMode: form.planMode,
    autoFollowUps: form.autoFollowUps,
    extraSubjectWords: parseWords(form.extraWords),
  };
  if (form.planMode === 'group') settings.groupPlanId = form.groupPlanId.trim();
  return { ...doc, settings };
}


/** The settings form: edits stay local until saved; a failed save keeps them. */
export function useSettingsForm(options: { saved: ManagerDocument; document: Pick<ManagerDocumentPort, 'update'>; onSaved: (doc: ManagerDocument) => void }) {
  const { saved, document, onSaved } = options;
  const [form, setForm] = useState<SettingsForm>(() => formOf(saved.settings));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) setForm(formOf(saved.settings));
  }, [saved, dirty]);

  const change = useCallback((patch: Partial<SettingsForm>) => {
    setDirty(true);
    setStatus({ kind: 'idle' });
    setForm((f) => ({ ...f, ...patch }));
  }, []);

  const invalid = form.planMode === 'group' && form.groupPlanId.trim() === '';

  const save = useCallback(() => {
    if (invalid) return;
    setStatus({ kind: 'saving' });
    document.update((doc) => withSettings(doc, form)).then(
      (doc) => {
        setDirty(false);
        setStatus({ kind: 'saved' });
        onSaved(doc);
      },
      (error: unknown) => setStatus({ kind: 'failed', error }),
    );
  }, [document, form, invalid, onSaved]);

  return { form, change, save, status, invalid };
}
