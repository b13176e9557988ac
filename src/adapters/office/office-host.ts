import type { OfficeLike } from './office-shape';

/**
 * Where the shells meet Office.js: the global (or the demo's stand-in installed as `window.Office` before any
 * Rapport code runs) and its readiness. Nothing outside src/adapters/office touches `Office` itself.
 */
export function officeGlobal(): OfficeLike | null {
  const candidate = (globalThis as { Office?: OfficeLike }).Office;
  return candidate && typeof candidate.onReady === 'function' ? candidate : null;
}

/** Resolves once Office is ready; rejects when Office.js never loaded (the page opened outside Outlook). */
export async function whenOfficeReady(office: OfficeLike | null = officeGlobal()): Promise<OfficeLike> {
  if (!office) throw new Error('Office.js is not loaded: open Rapport from Outlook.');
  await office.onReady();
  return office;
}

/** Registers a function command (manifest action id → handler); `completed` must be called when it is done. */
export function associateCommand(office: OfficeLike, actionId: string, handler: (event: { completed(): void }) => void): void {
  office.actions?.associate(actionId, handler);
}
