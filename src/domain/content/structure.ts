import type { ContentItem } from './types';

export type StructureId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5';
export type TalkGoalId = 'T1';

/** A good 1:1 works like a good customer meeting. */
export const STRUCTURE: readonly ContentItem<StructureId>[] = [
  { id: 'C1', text: { en: 'A clear purpose for the meeting.', he: 'מטרה ברורה לפגישה.', sv: 'Ett tydligt syfte med mötet.' } },
  {
    id: 'C2',
    text: {
      en: 'An agenda we follow, with room for what comes up.',
      he: 'סדר יום שמקפידים עליו, עם מקום למה שעולה.',
      sv: 'En agenda som vi följer, med utrymme för det som dyker upp.',
    },
  },
  {
    id: 'C3',
    text: {
      en: 'A balance of hard facts and soft values.',
      he: 'איזון בין נתונים קשים לבין הצד האנושי.',
      sv: 'En balans mellan hårda fakta och mjuka värden.',
    },
  },
  {
    id: 'C4',
    text: {
      en: 'Understand the needs by listening actively.',
      he: 'להבין את הצרכים מתוך הקשבה פעילה.',
      sv: 'Förstå behoven genom aktivt lyssnande.',
    },
  },
  {
    id: 'C5',
    text: {
      en: 'A clear next step: who does what by when, and how and when we follow up.',
      he: 'צעד הבא ברור: מי עושה מה ועד מתי, ואיך ומתי עוקבים.',
      sv: 'Ett tydligt nästa steg: vem gör vad till när, och hur och när vi följer upp.',
    },
  },
];

/** The talk goal: the report talks most of the time. */
export const TALK_GOAL: ContentItem<TalkGoalId> = {
  id: 'T1',
  text: {
    en: 'The report talks most of the time.',
    he: 'חבר או חברת הצוות מדברים רוב הזמן.',
    sv: 'Medarbetaren pratar större delen av tiden.',
  },
};
