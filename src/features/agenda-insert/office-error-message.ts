import { HostError } from '../../ports/errors';

export type InsertErrorKey = 'errorNetwork' | 'errorSave' | 'errorInternal' | 'errorOffice' | 'errorUnsupported';

/**
 * Office error codes the pane explains in words: 9041 the network is gone, 9021 the item could not be saved,
 * 5001 Outlook's internal error. Any other code is named in the message so support can look it up.
 */
export function insertErrorMessage(error: unknown): { key: InsertErrorKey; code: string } {
  if (error instanceof HostError) {
    if (error.kind === 'host-unsupported') return { key: 'errorUnsupported', code: error.capability };
    if (error.code === 9041) return { key: 'errorNetwork', code: '9041' };
    if (error.code === 9021) return { key: 'errorSave', code: '9021' };
    if (error.code === 5001) return { key: 'errorInternal', code: '5001' };
    return { key: 'errorOffice', code: String(error.code ?? error.capability) };
  }
  return { key: 'errorOffice', code: error instanceof Error ? error.name : 'unknown' };
}
