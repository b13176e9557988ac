/**
 * Follow-up keys (CONTRACTS.md §7). Interim: the domain's `src/domain/follow-ups` replaces these once it lands.
 */
export function normaliseWhat(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{P}\p{Cf}]/gu, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const followUpKey = (iCalUId: string, what: string): string => `${iCalUId}#${normaliseWhat(what)}`;

export async function keyHash(key: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
