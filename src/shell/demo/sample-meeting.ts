import type { AgendaInput, AgendaTemplateId } from '../../domain/agenda';
import { localDate } from '../../domain/time';
import { demo } from '../../i18n/catalogues/demo';
import type { Locale } from '../../i18n/locale';

/** The sample pair of the preview: a small fixture, deliberately not the Graph emulator's seed. */
export const SAMPLE_PEOPLE = { manager: 'Erik Lund', report: 'Noa Cohen' } as const;

export interface PreviewChoices {
  template: AgendaTemplateId;
  includePipeline: boolean;
  durationMinutes: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A sample 1:1 tomorrow at this hour, in the browser's zone, with two carried-over follow-ups and one topic. */
export function sampleAgendaInput(choices: PreviewChoices, locale: Locale, now: Date, timeZone: string): AgendaInput {
  const texts = demo[locale];
  const start = new Date(now.getTime() + DAY_MS);
  start.setUTCMinutes(0, 0, 0);
  return {
    ...choices,
    locale,
    reportName: SAMPLE_PEOPLE.report,
    managerName: SAMPLE_PEOPLE.manager,
    start: start.toISOString(),
    timeZone,
    carriedOver: [
      { title: texts.sampleFollowUp1, ownerName: SAMPLE_PEOPLE.report, due: localDate(new Date(now.getTime() + 3 * DAY_MS).toISOString(), timeZone) },
      { title: texts.sampleFollowUp2, ownerName: SAMPLE_PEOPLE.manager, due: localDate(new Date(now.getTime() + 2 * DAY_MS).toISOString(), timeZone) },
    ],
    topics: [{ title: texts.sampleTopic, authorName: SAMPLE_PEOPLE.report }],
    repairCommitments: [texts.sampleCommitment],
  };
}
