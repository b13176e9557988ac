import { CHECKLIST_P1_P4 } from './checklist-transparency-listening-backing-promises';
import { CHECKLIST_P5_P7 } from './checklist-praise-vulnerability-consistency';
import type { ChecklistItem, Phase } from './checklist-types';
import type { PracticeId } from './practices';

export { PHASES, type Phase, type ChecklistItem, type ChecklistItemId } from './checklist-types';

/** Every checklist item, in practice order and, within a practice, before → during → after. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [...CHECKLIST_P1_P4, ...CHECKLIST_P5_P7];

/** The checklist items of one practice (all of them without an argument), optionally of one phase only. */
export function checklistItemsFor(practiceId?: PracticeId, phase?: Phase): readonly ChecklistItem[] {
  return CHECKLIST_ITEMS.filter(
    (item) => (practiceId === undefined || item.practiceId === practiceId) && (phase === undefined || item.phase === phase),
  );
}

export const checklistItemById = (id: string): ChecklistItem | undefined => CHECKLIST_ITEMS.find((item) => item.id === id);
