import type { ContentItem, LocalisedText } from './types';
import type { PracticeId } from './practices';

export const PHASES = ['before', 'during', 'after'] as const;
export type Phase = (typeof PHASES)[number];

/** A checklist item's id is `<practice>.<phase>.<n>`, e.g. `P2.before.1`; ids never change once shipped. */
export type ChecklistItemId = `${PracticeId}.${Phase}.${number}`;

export interface ChecklistItem extends ContentItem<ChecklistItemId> {
  readonly practiceId: PracticeId;
  readonly phase: Phase;
}

/** Builds an item from its id, so that the practice and phase can never disagree with the id. */
export function checklistItem(id: ChecklistItemId, text: LocalisedText): ChecklistItem {
  const [practiceId, phase] = id.split('.') as [PracticeId, Phase];
  return { id, practiceId, phase, text };
}
