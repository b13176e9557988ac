import type { LocalisedText } from '../content/types';
import type { Locale } from '../../i18n/locale';

export const AGENDA_TEMPLATE_IDS = ['weekly', 'first', 'repair'] as const;
export type AgendaTemplateId = (typeof AGENDA_TEMPLATE_IDS)[number];

/** One section of an agenda: a neutral heading (the report reads it), guiding prompts and a share of the time. */
export interface AgendaSection {
  readonly id: string;
  readonly heading: LocalisedText;
  readonly prompts: readonly LocalisedText[];
  /** Relative share of the meeting's minutes. */
  readonly weight: number;
  /** The trust content this section puts into practice (ids such as Q1, C5, R3). */
  readonly contentRefs: readonly string[];
}

export interface AgendaTemplate {
  readonly id: AgendaTemplateId;
  /** A one-line purpose under the title (structure C1). */
  readonly purpose: LocalisedText;
  readonly sections: readonly AgendaSection[];
}

export interface CarriedOverItem {
  title: string;
  ownerName: string | null;
  /** ISO date (YYYY-MM-DD) in the meeting's zone, or null. */
  due: string | null;
  done?: boolean;
}

export interface ReportTopic {
  title: string;
  authorName: string | null;
}

/** Everything the agenda of one meeting is made of. Others build it; renderAgenda turns it into HTML and text. */
export interface AgendaInput {
  template: AgendaTemplateId;
  includePipeline: boolean;
  locale: Locale;
  reportName: string;
  /** The organiser; not printed today (the invite already names them), kept for templates that address both. */
  managerName: string;
  /** The meeting's start, a UTC instant (ISO 8601). */
  start: string;
  /** The meeting's IANA time zone; the title's date is the meeting day there. */
  timeZone: string;
  durationMinutes: number;
  carriedOver: CarriedOverItem[];
  topics: ReportTopic[];
  /** Repair template only: "from today I commit to …" items made to the report. */
  repairCommitments?: string[];
}

export interface RenderedAgenda {
  html: string;
  text: string;
}
