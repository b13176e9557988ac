import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Seed, SeedEvent, SeedTask, SeedUser } from './seed-types';
import { SEEDS_DIR } from './seed-loader';

/**
 * The benchmark tenant: a manager with 12 reports and 26 weeks of weekly 1:1s (notes with next steps on most past
 * occurrences, some moved or cancelled), a pair plan per report with follow-ups and topics.
 * `npx tsx tools/graph-emulator/seed-large.ts` rewrites tests/fixtures/tenants/large.json.
 */
const NAMES: [string, string, string][] = [
  ['Tamar', 'Ben-David', 'he-IL'],
  ['Avi', 'Peretz', 'he-IL'],
  ['Shira', 'Katz', 'he-IL'],
  ['Omer', 'Levy', 'he-IL'],
  ['Linnea', 'Sjöberg', 'sv-SE'],
  ['Oskar', 'Holm', 'sv-SE'],
  ['Maja', 'Ek', 'sv-SE'],
  ['Johan', 'Strand', 'sv-SE'],
  ['Emily', 'Walker', 'en-GB'],
  ['Daniel', 'Hughes', 'en-GB'],
  ['Grace', 'Miller', 'en-US'],
  ['Ryan', 'Scott', 'en-US'],
];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const WEEKS = 26;

const guid = (n: number) => `9d0c1b2a-3e4f-4a5b-8c6d-${n.toString(16).padStart(12, '0')}`;
const mailOf = (given: string, surname: string) =>
  `${given}.${surname}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '') + '@fabrikam.com';

function user(key: string, n: number, given: string, surname: string, lang: string, manager?: string): SeedUser {
  const mail = mailOf(given, surname);
  return { key, id: guid(n), displayName: `${given} ${surname}`, givenName: given, surname, mail, userPrincipalName: mail, jobTitle: 'Account Executive', department: 'Sales', officeLocation: lang === 'he-IL' ? 'Tel Aviv' : lang === 'sv-SE' ? 'Stockholm' : 'London', preferredLanguage: lang, ...(manager ? { manager } : {}) };
}

function notes(lang: string, given: string, week: number): string {
  if (lang === 'he-IL') return `<h3 dir="rtl">הצעדים הבאים</h3><ul dir="rtl"><li dir="rtl">${given} – לעדכן את הלקוח ${week} – עד יום חמישי</li><li dir="rtl">אני אבדוק את ההצעה</li></ul>`;
  if (lang === 'sv-SE') return `<h3>Nästa steg</h3><table><tr><th>Vem</th><th>Vad</th><th>Senast</th><th>Uppföljning</th></tr><tr><td>${given}</td><td>Följ upp affär ${week}</td><td>fredag</td><td></td></tr></table>`;
  return `<p>Action items:</p><ul><li>${given} – update opportunity ${week} – by Friday</li><li>I will review the proposal</li></ul>`;
}

export function buildLargeSeed(): Seed {
  const users: SeedUser[] = [user('manager', 1, 'Ruth', 'Abrams', 'en-US')];
  const events: SeedEvent[] = [];
  const rosters: NonNullable<Seed['rosters']> = [];
  NAMES.forEach(([given, surname, lang], i) => {
    const key = `r${i}`;
    users.push(user(key, i + 2, given, surname, lang, 'manager'));
    const occurrences: NonNullable<SeedEvent['occurrences']> = {};
    for (let k = 0; k < WEEKS; k += 1) {
      if (k % 9 === 4) occurrences[k] = { cancelled: true };
      else if (k % 7 === 3) occurrences[k] = { move: { days: 1 }, body: notes(lang, given, k) };
      else if (k % 3 !== 2) occurrences[k] = { body: notes(lang, given, k) };
    }
    events.push({ key: `one-on-one-${key}`, organizer: 'manager', subject: `1:1 ${given} / Ruth`, body: '<p>Standing agenda.</p>', start: { week: -WEEKS, day: DAYS[i % 5] as (typeof DAYS)[number], time: `${9 + (i % 6)}:00` }, durationMinutes: 30, attendees: [key], isOnlineMeeting: true, recurrence: { interval: 1, occurrences: WEEKS + 4 }, occurrences });
    const tasks: SeedTask[] = Array.from({ length: 20 }, (_, t) => ({
      title: `${given}: follow-up ${t + 1}`,
      bucket: t % 5 === 4 ? 'topics' : 'followups',
      assignees: t % 5 === 4 ? [] : [t % 3 === 0 ? 'manager' : key],
      createdBy: t % 5 === 4 ? key : 'manager',
      app: t % 5 === 4 ? 'planner' : 'rapport',
      created: { days: -7 * (t + 1), time: '12:00' },
      start: { days: -7 * (t + 1), time: '10:00' },
      due: { days: -7 * t + 3, time: '22:59' },
      ...(t % 2 === 1 ? { completed: { days: -7 * t + 1, time: '09:00' } } : {}),
      ...(t % 3 === 0 ? { categories: ['category1'] } : {}),
    }));
    rosters.push({ members: ['manager', key], created: { days: -200 }, plan: { title: `1:1 · Ruth Abrams & ${given} ${surname}`, createdBy: 'manager', app: 'rapport', categories: { category1: 'Promise' }, buckets: [{ key: 'followups', name: 'Follow-ups' }, { key: 'topics', name: 'Topics for our next 1:1' }], tasks } });
  });
  events.push({ key: 'team-meeting', organizer: 'manager', subject: 'Team meeting', start: { week: -WEEKS, day: 'mon', time: '15:00' }, durationMinutes: 60, attendees: NAMES.map((_, i) => `r${i}`), recurrence: { interval: 1, occurrences: WEEKS + 4 } });
  return { tenantId: '1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b', timeZone: 'Europe/Stockholm', signedInUser: 'manager', users, events, rosters };
}

if (require.main === module) {
  writeFileSync(resolve(SEEDS_DIR, 'large.json'), `${JSON.stringify(buildLargeSeed(), null, 1)}\n`);
}
