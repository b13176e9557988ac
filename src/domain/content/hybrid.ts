import type { ContentItem } from './types';

export type HybridTipId = 'H1' | 'H2' | 'H3' | 'H4';

/** Tips for managing a hybrid team. */
export const HYBRID_TIPS: readonly ContentItem<HybridTipId>[] = [
  {
    id: 'H1',
    text: {
      en: 'Hold the weekly 1:1 with cameras on.',
      he: 'לקיים את פגישת ה-1:1 השבועית עם מצלמות פתוחות.',
      sv: 'Håll det veckovisa 1:1-samtalet med kamerorna på.',
    },
  },
  {
    id: 'H2',
    text: { en: 'Take an interest in life outside work.', he: 'להתעניין גם בחיים שמחוץ לעבודה.', sv: 'Visa intresse för livet utanför jobbet.' },
  },
  {
    id: 'H3',
    text: {
      en: 'Be even more transparent than you would be in the office.',
      he: 'להיות שקופים אפילו יותר מאשר במשרד.',
      sv: 'Var ännu öppnare än du skulle vara på kontoret.',
    },
  },
  {
    id: 'H4',
    text: {
      en: 'Meet in person as a team at least once a quarter.',
      he: 'להיפגש פיזית כצוות לפחות פעם ברבעון.',
      sv: 'Träffas fysiskt som team minst en gång per kvartal.',
    },
  },
];
