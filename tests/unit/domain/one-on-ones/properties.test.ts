import fc from 'fast-check';
import { BUILT_IN_SUBJECT_WORDS, classifyEvent, subjectWordIn } from '../../../../src/domain/one-on-ones';
import type { Attendee } from '../../../../src/domain/model/calendar';
import { attendee, dana, erik, event, maya, team } from './calendar-cases';

const person = fc.record({ name: fc.string({ maxLength: 30 }), address: fc.string({ maxLength: 40 }) });
const someone = fc.oneof(fc.constant(dana), fc.constant(erik), fc.constant(maya), person);
const invitee = fc.record({
  who: someone,
  type: fc.constantFrom<Attendee['type']>('required', 'optional', 'resource'),
  response: fc.constantFrom<Attendee['response']>('accepted', 'declined', 'none', 'tentativelyAccepted'),
});
const invitees = fc.array(invitee, { maxLength: 6 }).map((list) => list.map((i) => attendee(i.who, { type: i.type, response: i.response })));

describe('classifyEvent properties', () => {
  it('never throws, and a 1:1 is always with someone other than the manager', () => {
    fc.assert(
      fc.property(someone, invitees, fc.string(), (organizer, attendees, subject) => {
        const result = classifyEvent(event({ organizer, attendees, subject }), team);
        if (result.isOneOnOne) expect(result.other?.address.toLowerCase()).not.toBe(maya.address);
        return true;
      }),
    );
  });

  it('does not depend on the order of the attendees or on the case of their addresses', () => {
    fc.assert(
      fc.property(invitees, fc.boolean(), (attendees, upper) => {
        const reordered = [...attendees].reverse().map((a) => ({ ...a, address: upper ? a.address.toUpperCase() : a.address.toLowerCase() }));
        const a = classifyEvent(event({ attendees }), team);
        const b = classifyEvent(event({ attendees: reordered }), team);
        expect(b.isOneOnOne).toBe(a.isOneOnOne);
        expect(b.report?.id).toBe(a.report?.id);
        return true;
      }),
    );
  });

  it('is unchanged by listing someone again or adding a room resource', () => {
    fc.assert(
      fc.property(invitees, fc.nat(5), (attendees, pick) => {
        const again = attendees.length > 0 ? [...attendees, { ...attendees[pick % attendees.length]! }] : attendees;
        const withRoom = [...attendees, attendee({ name: 'Room 4', address: 'room4@contoso.com' }, { type: 'resource' })];
        const base = classifyEvent(event({ attendees }), team).isOneOnOne;
        expect(classifyEvent(event({ attendees: again }), team).isOneOnOne).toBe(base);
        expect(classifyEvent(event({ attendees: withRoom }), team).isOneOnOne).toBe(base);
        return true;
      }),
    );
  });
});

describe('subjectWordIn, by hand against the pattern it replaced', () => {
  // The pattern per word that subject-words.ts used before it checked the characters around a word by hand.
  const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{M}\p{Cf}]/gu, '').replace(/\s+/gu, ' ').trim();
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byPattern = (subject: string): string | null =>
    BUILT_IN_SUBJECT_WORDS.find((word) => {
      const text = normalise(word);
      return text !== '' && new RegExp(`(?<![\\p{N}:])${escape(text)}(?![\\p{L}\\p{N}]|:\\d)`, 'u').test(normalise(subject));
    }) ?? null;
  // Words, their parts, and what sits around them in real subjects: digits, colons, letters from three scripts,
  // a combining mark, and characters outside the BMP (an Osmanya digit and a Deseret letter, which NFKC keeps).
  const piece = fc.constantFrom('1:1', '1-1', '1on1', 'one on one', 'check-in', 'avstämning', 'veckoavstämning', 'אחד על אחד', 'פגישה אישית', ':', '1', '0', '11', 'a', 'Z', 'ä', 'ש', '\u0301', '\u200b', '𐒠', '𐐀', ' ', '  ', '\t', '-', '/', '·', 'Dana');

  it('finds the same word in any subject made of those pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const subject = pieces.join('');
        expect(subjectWordIn(subject)).toBe(byPattern(subject));
      }),
      { numRuns: 3000 },
    );
  });
});
