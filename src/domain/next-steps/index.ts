export { parseNextSteps } from './parse';
export { agendaLanguage, agendaTitleLocale } from './language';
export type { BodyInput, NamedAddress, NextStepRow, ParseContext, ParseResult, ParseWarning, ParseWarningCode, Who } from './types';
