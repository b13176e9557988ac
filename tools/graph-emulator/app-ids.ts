/**
 * Which app created a Planner task (`createdBy.application.id`). Graph takes it from the token; the emulator's
 * demo tokens carry none, so requests made with a demo token count as Rapport's, unless the request names another
 * app in the `X-Emulator-App-Id` header (tests use it to act as the Planner app or a third-party tool).
 */
export const RAPPORT_APP_ID = '7f3e2b1a-5c4d-4e6f-8a9b-0c1d2e3f4a5b';
/** What the seed uses for tasks people made themselves in Planner or in the Planner app in Teams. */
export const PLANNER_APP_ID = '09abbdfd-ed23-44ee-a2d9-a627aa1c90f3';
export const APP_ID_HEADER = 'x-emulator-app-id';

export function appIdOf(headers: Record<string, string>): string {
  return headers[APP_ID_HEADER] ?? RAPPORT_APP_ID;
}
