import { createAppointment, memoryBody, type SimulatedAppointment, type SimulatedRecipient } from '../office-stand-in';

/** The Teams meeting block Outlook puts at the end of an online meeting's body (a join link the agenda must keep). */
export const TEAMS_JOIN_BLOCK_HTML = [
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>',
  '<div><div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>',
  '<div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RAPPORTDEMO%40thread.v2/0?context=%7b%7d" title="Meeting join link">Join the meeting now</a></div>',
  '<div style="margin-bottom:6px"><span>Meeting ID: </span><span>312 845 901 77</span></div>',
  '<div><span>Passcode: </span><span>aB3xY9</span></div></div>',
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>',
].join('');

/** The next weekday at 10:00 local time (the demo's 1:1 is always in the future). */
function nextWorkdayAtTen(now: Date): Date {
  const day = new Date(now);
  day.setHours(10, 0, 0, 0);
  do day.setDate(day.getDate() + 1);
  while (day.getDay() === 0 || day.getDay() === 6);
  return day;
}

/** A 1:1 being organised with one report; the body holds only the Teams block until the page binds it to the form. */
export function seededMeeting(report: SimulatedRecipient, now: Date): SimulatedAppointment {
  const start = nextWorkdayAtTen(now);
  return createAppointment({
    subject: `1:1 ${report.displayName.split(' ')[0] ?? report.displayName}`,
    requiredAttendees: [report],
    optionalAttendees: [],
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    body: memoryBody({ type: 'html', content: `<p><br></p>${TEAMS_JOIN_BLOCK_HTML}` }),
  });
}

/** "Name <address>; Name <address>" as typed in the attendees field; a name may itself contain anything. */
export function parseRecipients(text: string): SimulatedRecipient[] {
  return text
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.*)<([^<>]*)>\s*$/s.exec(entry);
      return match ? { displayName: (match[1] ?? '').trim(), emailAddress: (match[2] ?? '').trim() } : { displayName: entry, emailAddress: entry };
    });
}

export const formatRecipients = (people: SimulatedRecipient[]) => people.map((p) => `${p.displayName} <${p.emailAddress}>`).join('; ');
