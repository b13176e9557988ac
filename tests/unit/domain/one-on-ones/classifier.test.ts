import { addressesToLookUp, classifyEvent, groupsInPlaceOfAPerson, oneOnOnesIn, subjectWordIn } from '../../../../src/domain/one-on-ones';
import { attendee, dana, erik, event, maya, team } from './calendar-cases';

const room = { name: 'Tel Aviv – Room 4.12', address: 'room412@contoso.com' };

describe('classifyEvent: a group Graph names', () => {
  // The bug: a 1:1 whose only attendee is a distribution list with a person-like name was a 1:1 with a non-report.
  const list = { name: 'Northwind Account', address: 'northwind-account@contoso.com' };

  it('is never "one other person", whatever its name and address look like', () => {
    expect(classifyEvent(event({ attendees: [attendee(list)] }), team).isOneOnOne).toBe(true);
    const told = classifyEvent(event({ attendees: [attendee(list)] }), team, { groupAddresses: new Set([list.address]) });
    expect(told).toMatchObject({ isOneOnOne: false, reasons: expect.arrayContaining(['distributionList']) });
  });

  it('never turns a report into a group', () => {
    const result = classifyEvent(event({}), team, { groupAddresses: new Set(['dana.levi@contoso.com']) });
    expect(result.isOneOnOne).toBe(true);
  });
});

describe('which addresses the directory is asked about, and the groups the list explains', () => {
  const list = { name: 'Deal Desk', address: 'DealDesk@contoso.com' };
  const outsider = { name: 'Pat Partner', address: 'pat@fabrikam.test' };

  it('asks only about the one other participant of a would-be 1:1 with a non-report, lower-case and once', () => {
    const events = [
      event({ id: 'a', iCalUId: 'a', attendees: [attendee(list)] }),
      event({ id: 'b', iCalUId: 'b', attendees: [attendee(list)] }),
      event({ id: 'c', iCalUId: 'c', attendees: [attendee(outsider)] }),
      event({ id: 'd', iCalUId: 'd' }),
      event({ id: 'e', iCalUId: 'e', attendees: [attendee(dana), attendee(erik), attendee(outsider)] }),
    ];
    expect(addressesToLookUp(events, team)).toEqual(['dealdesk@contoso.com', 'pat@fabrikam.test']);
  });

  it('asks about an address taken for a group by its spelling alone, until the directory has said what it is', () => {
    const named = { name: 'Sales Team Lead', address: 'sales.lead@contoso.com' };
    const events = [event({ attendees: [attendee(named)] })];
    expect(classifyEvent(events[0]!, team).reasons).toContain('distributionList');
    expect(addressesToLookUp(events, team)).toEqual(['sales.lead@contoso.com']);
    const told = { directoryPeople: new Set(['sales.lead@contoso.com']) };
    const classification = classifyEvent(events[0]!, team, told);
    expect(classification.isOneOnOne).toBe(true);
    expect(classification.other).toEqual(named);
    expect(addressesToLookUp(events, team, told)).toEqual(['sales.lead@contoso.com']);
    // A group the directory named is not asked about again.
    expect(addressesToLookUp(events, team, { groupAddresses: new Set(['sales.lead@contoso.com']) })).toEqual([]);
  });

  it('names the group that stands where one person would, and nothing for a meeting of several people', () => {
    const groups = new Set(['dealdesk@contoso.com']);
    expect(groupsInPlaceOfAPerson(event({ attendees: [attendee(list)] }), team, { groupAddresses: groups })).toEqual([list]);
    expect(groupsInPlaceOfAPerson(event({ attendees: [attendee(dana), attendee(list)] }), team, { groupAddresses: groups })).toEqual([list]);
    expect(groupsInPlaceOfAPerson(event({ attendees: [attendee(dana), attendee(erik), attendee(list)] }), team, { groupAddresses: groups })).toBeNull();
    expect(groupsInPlaceOfAPerson(event({ attendees: [attendee(list)] }), team)).toBeNull();
  });
});

describe('classifyEvent: what is a 1:1', () => {
  const cases: Array<[string, Parameters<typeof event>[0], boolean, string | null, string[]]> = [
    ['manager and one report', {}, true, 'r1', ['twoPeople', 'directReport']],
    ['the organizer listed again as an attendee counts once', { attendees: [attendee(maya, { response: 'organizer' }), attendee(dana)] }, true, 'r1', ['organizerCountedOnce']],
    ['the same report twice, address in another case', { attendees: [attendee(dana), attendee({ name: 'Dana', address: 'DANA.LEVI@Contoso.com' })] }, true, 'r1', ['duplicateAddressCountedOnce']],
    ['a room resource does not count', { attendees: [attendee(dana), attendee(room, { type: 'resource' })] }, true, 'r1', ['roomIgnored']],
    ['a room typed in as a required attendee does not count', { attendees: [attendee(dana), attendee({ name: 'Konferensrum Stockholm', address: 'konf.sthlm@contoso.com' })] }, true, 'r1', ['roomIgnored']],
    ['a Hebrew-named room does not count', { attendees: [attendee(dana), attendee({ name: 'חדר ישיבות 3', address: 'meeting3@contoso.com' })] }, true, 'r1', ['roomIgnored']],
    ['the report organises and invites the manager', { organizer: dana, isOrganizer: false, myResponse: 'accepted', attendees: [attendee(maya)] }, true, 'r1', ['twoPeople']],
    ['the manager known by the UPN', { attendees: [attendee(dana), attendee({ name: 'Maya', address: 'MAYA@contoso.onmicrosoft.com' })] }, true, 'r1', ['organizerCountedOnce']],
    ['a report known by the UPN', { attendees: [attendee({ name: 'Noa', address: 'noa.bendavid@contoso.onmicrosoft.com' })] }, true, 'r3', ['directReport']],
    ['a report whose name says "Team" is a person, not a list', { attendees: [attendee({ name: 'Sales Team Lead', address: 'teamlead@contoso.com' })] }, true, 'r4', ['directReport']],
    ['a peer who is not a report', { attendees: [attendee({ name: 'Omer Katz', address: 'omer@contoso.com' })] }, true, null, ['notDirectReport']],
    ['three people', { attendees: [attendee(dana), attendee(erik)] }, false, null, ['moreThanTwoPeople']],
    ['a distribution list by its address', { attendees: [attendee(dana), attendee({ name: 'Sales Israel', address: 'dl-sales-il@contoso.com' })] }, false, null, ['distributionList']],
    ['a distribution list by its name', { attendees: [attendee({ name: 'Säljteamet', address: 'salj@contoso.com' })] }, false, null, ['distributionList']],
    ['a Hebrew group', { attendees: [attendee({ name: 'צוות מכירות', address: 'sales-il@contoso.com' })] }, false, null, ['distributionList']],
    ['declined by the manager', { myResponse: 'declined', isOrganizer: false, organizer: dana, attendees: [attendee(maya, { response: 'declined' })] }, false, null, ['declined']],
    ['cancelled copy', { isCancelled: true, subject: 'Canceled: 1:1 Dana' }, false, null, ['cancelled']],
    ['all-day event', { isAllDay: true, start: '2026-11-23T00:00:00Z', end: '2026-11-24T00:00:00Z' }, false, null, ['allDay']],
    ['the series master itself', { type: 'seriesMaster' }, false, null, ['seriesMaster']],
    ['the manager is not in it', { organizer: dana, attendees: [attendee(erik)] }, false, null, ['managerNotInvited']],
    ['only the manager (a focus block)', { attendees: [] }, false, null, ['noOtherPerson']],
    ['only the manager and a room', { attendees: [attendee(room, { type: 'resource' })] }, false, null, ['noOtherPerson', 'roomIgnored']],
    ['the report declined: still a 1:1, low confidence', { attendees: [attendee(dana, { response: 'declined' })] }, true, 'r1', ['otherDeclined']],
    ['an optional attendee is a person too', { attendees: [attendee(dana), attendee(erik, { type: 'optional' })] }, false, null, ['moreThanTwoPeople']],
  ];

  it.each(cases)('%s', (_name, overrides, isOneOnOne, reportId, reasons) => {
    const result = classifyEvent(event(overrides), team);
    expect(result.isOneOnOne).toBe(isOneOnOne);
    expect(result.report?.id ?? null).toBe(reportId);
    expect(result.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it('names the other person as the invite does', () => {
    expect(classifyEvent(event(), team).other).toEqual(dana);
  });
});

describe('classifyEvent: confidence', () => {
  it.each([
    ['a subject word and a report', { subject: '1:1 Dana / Maya' }, 'high'],
    ['a recurring occurrence with a report', { type: 'occurrence' as const, seriesMasterId: 'S1' }, 'high'],
    ['a report without hints', { subject: 'Pipeline' }, 'medium'],
    ['a peer without hints', { subject: 'Lunch', attendees: [attendee({ name: 'Omer', address: 'omer@contoso.com' })] }, 'low'],
    ['a peer in a recurring "avstämning"', { subject: 'Veckoavstämning', type: 'occurrence' as const, attendees: [attendee({ name: 'Omer', address: 'omer@contoso.com' })] }, 'medium'],
    ['a Hebrew subject', { subject: 'שיחה אישית עם דנה' }, 'high'],
    ['a settings word', { subject: 'Coffee walk' }, 'high'],
  ])('%s → %s', (_name, overrides, confidence) => {
    const result = classifyEvent(event(overrides), team, { extraSubjectWords: ['coffee walk'] });
    expect(result.confidence).toBe(confidence);
  });

  it('explains the subject word', () => {
    const result = classifyEvent(event({ subject: 'Enskilt samtal – Erik', attendees: [attendee(erik)] }), team);
    expect(result.reasons).toContain('subjectWord');
    expect(result.subjectWord).toBe('enskilt samtal');
  });
});

describe('subjectWordIn', () => {
  it.each([
    ['1:1 Dana', '1:1'],
    ['Dana 1on1', '1on1'],
    ['One-on-one with Erik', 'one-on-one'],
    ['אחד על אחד – נועה', 'אחד על אחד'],
    ['Veckoavstämning', 'avstämning'],
    ['Standup 11:15', null],
    ['Room 21:10', null],
    ['Q1:10 review', null],
  ])('%j → %j', (subject, word) => {
    expect(subjectWordIn(subject)).toBe(word);
  });
});

describe('oneOnOnesIn', () => {
  it('lists each occurrence once, in start order, and leaves out what is no 1:1', () => {
    const first = event({ type: 'occurrence', seriesMasterId: 'S1', start: '2026-11-30T08:00:00Z' });
    const second = event({ type: 'occurrence', seriesMasterId: 'S1', start: '2026-11-23T08:00:00Z' });
    const repeatedOnNextPage = { ...first };
    const team3 = event({ attendees: [attendee(dana), attendee(erik)] });
    const result = oneOnOnesIn([first, second, repeatedOnNextPage, team3, event({ type: 'seriesMaster', id: 'S1' })], team);
    expect(result.map((r) => r.event.id)).toEqual([second.id, first.id]);
  });

  it('keeps an exception moved to another day as its own entry', () => {
    const moved = event({ type: 'exception', seriesMasterId: 'S1', start: '2026-11-26T13:00:00Z', originalStart: '2026-11-23T08:00:00Z' });
    const next = event({ type: 'occurrence', seriesMasterId: 'S1', start: '2026-11-30T08:00:00Z' });
    expect(oneOnOnesIn([next, moved], team).map((r) => r.event.id)).toEqual([moved.id, next.id]);
  });
});
