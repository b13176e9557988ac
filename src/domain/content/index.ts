import { CHECKLIST_ITEMS, checklistItemById } from './checklist';
import { HYBRID_TIPS } from './hybrid';
import { PRACTICES, type Practice } from './practices';
import { CORE_QUESTIONS } from './questions';
import { REPAIR_STEPS } from './repair';
import { SIGNS } from './signs';
import { STRUCTURE, TALK_GOAL } from './structure';
import { findById, type LocalisedText } from './types';
import type { Locale } from '../../i18n/locale';

export * from './types';
export * from './practices';
export * from './checklist';
export * from './signs';
export * from './repair';
export * from './hybrid';
export * from './questions';
export * from './structure';

export const practiceById = (id: string): Practice | undefined => findById(PRACTICES, id);
export const signById = (id: string) => findById(SIGNS, id);
export const repairStepById = (id: string) => findById(REPAIR_STEPS, id);
export const hybridTipById = (id: string) => findById(HYBRID_TIPS, id);
export const questionById = (id: string) => findById(CORE_QUESTIONS, id);
export const structureById = (id: string) => findById(STRUCTURE, id);

/** Every stable content id with its main text, e.g. for the manager's document or a "which practice" hint. */
export function contentTextById(id: string): LocalisedText | undefined {
  const guided = practiceById(id) ?? repairStepById(id);
  if (guided) return guided.title;
  if (id === TALK_GOAL.id) return TALK_GOAL.text;
  const item = checklistItemById(id) ?? signById(id) ?? hybridTipById(id) ?? questionById(id) ?? structureById(id);
  return item?.text;
}

/** Convenience: the text of a content id in one locale, or undefined for an unknown id. */
export const contentText = (id: string, locale: Locale): string | undefined => contentTextById(id)?.[locale];

/** Every stable id, for tests and for validating the manager's document. */
export const ALL_CONTENT_IDS: readonly string[] = [
  ...PRACTICES.map((p) => p.id),
  ...CHECKLIST_ITEMS.map((c) => c.id),
  ...SIGNS.map((s) => s.id),
  ...REPAIR_STEPS.map((r) => r.id),
  ...HYBRID_TIPS.map((h) => h.id),
  ...CORE_QUESTIONS.map((q) => q.id),
  ...STRUCTURE.map((c) => c.id),
  TALK_GOAL.id,
];
