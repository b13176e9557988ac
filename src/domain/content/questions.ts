import type { ContentItem } from './types';

export type QuestionId = 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** The four core 1:1 questions. The answers to Q4 are the manager's promises (practice P4 made measurable). */
export const CORE_QUESTIONS: readonly ContentItem<QuestionId>[] = [
  { id: 'Q1', text: { en: 'What challenges do you have?', he: 'אילו אתגרים יש לך?', sv: 'Vilka utmaningar har du?' } },
  { id: 'Q2', text: { en: 'How do we move forward?', he: 'איך מתקדמים מכאן?', sv: 'Hur går vi vidare?' } },
  { id: 'Q3', text: { en: 'What can you do?', he: 'מה ביכולתך לעשות?', sv: 'Vad kan du göra?' } },
  { id: 'Q4', text: { en: 'What can I do?', he: 'מה ביכולתי לעשות?', sv: 'Vad kan jag göra?' } },
];
