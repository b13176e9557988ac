import { agenda as agendaCatalogue } from '../../i18n/catalogues/agenda';
import { directionOf } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { blocksToHtml, blocksToText, type Block } from './blocks';
import { formatDueDate, formatMeetingDate } from './dates';
import { userText } from './html';
import { allocateMinutes } from './minutes';
import { AGENDA_TEMPLATES, NEXT_STEPS_WEIGHT, REPAIR_COMMITMENTS_SECTION, sectionsOf } from './templates';
import type { AgendaInput, RenderedAgenda } from './types';

const TITLE_SEPARATOR = ' · ';

/** The visible title line, "1:1 agenda · <report name> · <date>" in the agenda's language. */
export function agendaTitle(input: Pick<AgendaInput, 'locale' | 'reportName' | 'start' | 'timeZone'>): string {
  const t = translator(agendaCatalogue, input.locale);
  return [t('titlePrefix'), userText(input.reportName), formatMeetingDate(input.start, input.timeZone, input.locale)].join(TITLE_SEPARATOR);
}

function openFromLastTime(input: AgendaInput): Block[] {
  const t = translator(agendaCatalogue, input.locale);
  const open = input.carriedOver.filter((item) => !item.done);
  if (open.length === 0 && input.topics.length === 0) return [];
  const blocks: Block[] = [{ kind: 'h3', text: t('openFromLastTime') }];
  if (open.length > 0) {
    blocks.push({ kind: 'p', text: t('carriedOver') });
    blocks.push({
      kind: 'ul',
      items: open.map((item) =>
        [
          userText(item.title),
          item.ownerName ? userText(item.ownerName) : t('noOwner'),
          ...(item.due ? [t('dueBy', { date: formatDueDate(userText(item.due), input.locale) })] : []),
        ].join(TITLE_SEPARATOR),
      ),
    });
  }
  if (input.topics.length > 0) {
    blocks.push({ kind: 'p', text: t('topics') });
    blocks.push({
      kind: 'ul',
      items: input.topics.map((topic) => [userText(topic.title), ...(topic.authorName ? [userText(topic.authorName)] : [])].join(TITLE_SEPARATOR)),
    });
  }
  return blocks;
}

function agendaBlocks(input: AgendaInput): Block[] {
  const t = translator(agendaCatalogue, input.locale);
  const { locale } = input;
  const sections = sectionsOf(input.template, input.includePipeline);
  const minutes = allocateMinutes([...sections.map((s) => s.weight), NEXT_STEPS_WEIGHT], input.durationMinutes);
  const minutesLabel = (index: number) => t('minutes', { minutes: minutes[index] ?? 0 });
  const commitments = (input.repairCommitments ?? []).map(userText).filter((c) => c.trim() !== '');

  const blocks: Block[] = [
    { kind: 'h2', text: agendaTitle(input) },
    { kind: 'note', text: t('preparedWith') },
    { kind: 'p', text: AGENDA_TEMPLATES[input.template].purpose[locale] },
    ...openFromLastTime(input),
  ];
  sections.forEach((section, index) => {
    blocks.push({ kind: 'h3', text: section.heading[locale] });
    blocks.push({ kind: 'note', text: minutesLabel(index) });
    blocks.push({ kind: 'ul', items: section.prompts.map((prompt) => prompt[locale]) });
    if (section.id === REPAIR_COMMITMENTS_SECTION && commitments.length > 0) {
      blocks.push({ kind: 'p', text: t('commitments') }, { kind: 'ul', items: commitments });
    }
  });
  const header = [t('who'), t('what'), t('byWhen'), t('followUp')];
  blocks.push(
    { kind: 'h3', text: t('nextSteps') },
    { kind: 'note', text: `${minutesLabel(sections.length)}${TITLE_SEPARATOR}${t('nextStepsPrompt')}` },
    { kind: 'table', header, textHeader: header.slice(0, 3), emptyRows: 3 },
  );
  return blocks;
}

/** The agenda of one meeting as invite HTML (docs/contracts.md §5) and as plain text for text bodies. */
export function renderAgenda(input: AgendaInput): RenderedAgenda {
  const blocks = agendaBlocks(input);
  return { html: blocksToHtml(blocks, directionOf(input.locale) === 'rtl'), text: blocksToText(blocks) };
}
