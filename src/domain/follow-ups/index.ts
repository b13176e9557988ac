export { normaliseWhat, followUpKey, type FollowUpKey } from './keys';
export { sha256Hex, sha256OfText } from './sha256';
export { occurrenceStatus, occurrenceTimeline, isMoved, type OccurrenceRecord, type OccurrenceState } from './occurrences';
export { carryOverFrom, isTaskDone, type CarryOverItems } from './carry-over';
