import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, sha256OfText } from '../../../../src/domain/follow-ups/sha256';

const nodeSha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the FIPS 180-4 vector for %j', (input, digest) => {
    expect(sha256OfText(input)).toBe(digest);
  });

  it('matches a million "a"s', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on lengths around the padding boundaries', () => {
    for (let length = 0; length < 200; length += 1) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
    }
  });

  it('agrees with node:crypto on any text, encoded as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256OfText(text) === nodeSha(text)));
  });
});
