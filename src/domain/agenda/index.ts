export * from './types';
export { renderAgenda, agendaTitle } from './render';
export { detectAgenda, AGENDA_TITLES, isAgendaTitleLine } from './detect';
export { escapeHtml, safeHref } from './html';
export { allocateMinutes } from './minutes';
export { AGENDA_TEMPLATES, sectionsOf, PIPELINE } from './templates';
