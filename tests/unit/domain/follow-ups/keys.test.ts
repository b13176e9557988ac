import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { followUpKey, normaliseWhat } from '../../../../src/domain/follow-ups';

describe('normaliseWhat', () => {
  it.each([
    ['  Send   the DECK!  ', 'send the deck'],
    ['Send the deck.', 'send the deck'],
    ['ﬁnalise the Ｑ４ plan', 'finalise the q4 plan'],
    ['לִשְׁלוֹחַ אֶת הַמַּצֶּגֶת', 'לשלוח את המצגת'],
    ['Send\u200b the\u202e deck\u2066', 'send the deck'],
    ['Skicka offerten till Åsa', 'skicka offerten till åsa'],
    ['Boka mo\u0308te', 'boka möte'],
    ['follow-up: pricing', 'followup pricing'],
    ['a\tb\nc\u00a0d', 'a b c d'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseWhat(input)).toBe(expected);
  });

  it('keeps different words apart', () => {
    expect(normaliseWhat('Send the deck')).not.toBe(normaliseWhat('Send the draft'));
  });
});

describe('followUpKey', () => {
  it('is the iCalUId, a hash sign and the normalised what, hashed to 16 hex digits of SHA-256', () => {
    const { key, hash } = followUpKey('040000008200E00074C5B7101A82E008', 'Send the deck!');
    expect(key).toBe('040000008200E00074C5B7101A82E008#send the deck');
    // SHA-256("040000008200E00074C5B7101A82E008#send the deck"), computed independently with node:crypto.
    expect(hash).toBe(createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs between meetings with the same what', () => {
    expect(followUpKey('a', 'call Dana').hash).not.toBe(followUpKey('b', 'call Dana').hash);
  });

  const words = fc.array(fc.stringMatching(/^[a-zåäöא-ת0-9]{1,8}$/), { minLength: 1, maxLength: 8 });
  const edit = fc.record({
    upper: fc.boolean(),
    spaces: fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \n '), { minLength: 9, maxLength: 9 }),
    punct: fc.array(fc.constantFrom('', '.', ',', '!', '?', '…', '–', '"', '\u200b', '\u200f', '\u05b0'), { minLength: 9, maxLength: 9 }),
  });

  it('stays the same when only whitespace, case, points or punctuation change', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), words, edit, (uid, ws, e) => {
        const plain = ws.join(' ');
        const edited = ws.map((w, i) => `${e.punct[i]}${e.upper ? w.toUpperCase() : w}${e.punct[i + 1] ?? ''}`).join(e.spaces[0]);
        return followUpKey(uid, plain).hash === followUpKey(uid, `${e.spaces[1]}${edited}${e.spaces[2]}`).hash;
      }),
    );
  });

  it('changes when a word changes', () => {
    fc.assert(
      fc.property(words, fc.stringMatching(/^[a-z]{1,6}$/), (ws, extra) => {
        return followUpKey('uid', ws.join(' ')).hash !== followUpKey('uid', [...ws, extra].join(' ')).hash;
      }),
    );
  });
});
