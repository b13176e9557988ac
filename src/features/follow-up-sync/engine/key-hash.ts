import { followUpKey, normaliseWhat } from '../../../domain/follow-ups';

/** Follow-up keys come from the domain (docs/contracts.md §7); this module only names what the sync uses. */
export { normaliseWhat };

export const keyHashOf = (iCalUId: string, what: string): string => followUpKey(iCalUId, what).hash;
