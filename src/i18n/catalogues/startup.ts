import type { Catalogue } from '../translate';

/**
 * What an entry says when the page's own UI cannot start (its script failed to load, or the page was opened outside
 * its host). Shown by src/shell/common/startup-problem.ts with plain DOM before React and Fluent exist, so these are plain
 * text (no ICU arguments) and the type is imported alone: the entries stay free of the translator.
 */
export const startup: Catalogue<'loadFailed' | 'notInOutlook' | 'reload'> = {
  en: {
    loadFailed: 'Rapport could not finish loading. Check your connection, then reload.',
    notInOutlook: 'Rapport runs inside Outlook. Open it from an appointment in Outlook.',
    reload: 'Reload',
  },
  he: {
    loadFailed: 'Rapport לא הצליח לסיים להיטען. כדאי לבדוק את החיבור ולטעון מחדש.',
    notInOutlook: 'Rapport פועל בתוך Outlook. אפשר לפתוח אותו מתוך פגישה ב-Outlook.',
    reload: 'לטעון מחדש',
  },
  sv: {
    loadFailed: 'Rapport kunde inte läsas in helt. Kontrollera anslutningen och läs in sidan igen.',
    notInOutlook: 'Rapport körs i Outlook. Öppna det från ett möte i Outlook.',
    reload: 'Läs in igen',
  },
};
