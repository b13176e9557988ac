import { PIPELINE, REPAIR } from './templates-repair-pipeline';
import { FIRST, WEEKLY } from './templates-weekly-first';
import type { AgendaSection, AgendaTemplate, AgendaTemplateId } from './types';

export { PIPELINE, REPAIR, REPAIR_COMMITMENTS_SECTION, NEXT_STEPS_WEIGHT } from './templates-repair-pipeline';
export { FIRST, WEEKLY } from './templates-weekly-first';

export const AGENDA_TEMPLATES: Readonly<Record<AgendaTemplateId, AgendaTemplate>> = { weekly: WEEKLY, first: FIRST, repair: REPAIR };

/** The template's own sections, then the pipeline block when it is on: the personal part always comes first. */
export function sectionsOf(template: AgendaTemplateId, includePipeline: boolean): readonly AgendaSection[] {
  const own = AGENDA_TEMPLATES[template].sections;
  return includePipeline ? [...own, PIPELINE] : own;
}
