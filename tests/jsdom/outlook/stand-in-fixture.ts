import { createAppointment, createOfficeStandIn, domBody, memoryBody, type BodyBackend } from '../../../tools/office-stand-in';

export const TEAMS_JOIN_BLOCK =
  '<div><p>________________________________________________________________________________</p><p><b>Microsoft Teams meeting</b></p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_sim%40thread.v2/0">Join the meeting now</a></p><p>Meeting ID: 123 456 789</p></div>';

/** A 1:1 being organised, in the Office stand-in the simulator page also runs. */
export function standIn(options: { body?: BodyBackend; displayLanguage?: string; mailboxVersion?: string; latencyMs?: number; required?: Array<{ displayName: string; emailAddress: string }>; officeTheme?: { bodyBackgroundColor: string } } = {}) {
  const item = createAppointment({
    subject: '1:1 Dana / Avi',
    requiredAttendees: options.required ?? [{ displayName: 'Avi Levi', emailAddress: 'avi@contoso.example' }],
    optionalAttendees: [],
    start: new Date('2026-11-24T09:00:00Z'),
    end: new Date('2026-11-24T09:30:00Z'),
    body: options.body ?? memoryBody({ type: 'html', content: TEAMS_JOIN_BLOCK }),
  });
  return createOfficeStandIn({ item, displayLanguage: options.displayLanguage ?? 'en-US', mailboxVersion: options.mailboxVersion, latencyMs: options.latencyMs, officeTheme: options.officeTheme });
}

export function editableBody(html: string) {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = html;
  document.body.append(element);
  return { element, body: domBody(element) };
}
