export { parseNextSteps } from './parse';
export type { BodyInput, NamedAddress, NextStepRow, ParseContext, ParseResult, ParseWarning, ParseWarningCode, Who } from './types';
