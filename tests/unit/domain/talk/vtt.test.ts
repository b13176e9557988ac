import { MAX_VTT_CHARS, parseCueTime, readVtt } from '../../../../src/domain/talk';

describe('readVtt', () => {
  it("reads Graph's documented example, with its short times", () => {
    const reading = readVtt('WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n');
    expect(reading).toEqual({ cues: [{ startMs: 0, endMs: 5320, speaker: 'User Name', text: 'This is a transcript test.' }], problems: [], partial: false });
  });

  it('reads cue ids, voice classes, NOTE blocks, CRLF, a BOM and cues over several lines', () => {
    const text = '\ufeffWEBVTT\r\n\r\nNOTE made by Teams\r\n\r\nabc-1/2\r\n00:00:16.246 --> 00:00:19.900 align:start\r\n<v.loud Dana Levi>How is the\r\nquarter going?</v>\r\n';
    expect(readVtt(text).cues).toEqual([{ startMs: 16246, endMs: 19900, speaker: 'Dana Levi', text: 'How is the quarter going?' }]);
  });

  it('parses times: hours optional, negative offsets, fractions of any length', () => {
    expect(parseCueTime('01:02:03.5')).toBe(3_723_500);
    expect(parseCueTime('02:03')).toBe(123_000);
    expect(parseCueTime('-00:00:02.500')).toBe(-2500);
    expect(parseCueTime('00:61:00.000')).toBeNull();
    expect(parseCueTime('soon')).toBeNull();
  });

  describe('hostile input', () => {
    it('removes markup and script from cues; escaped markup stays plain text', () => {
      const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana Levi><script>alert(1)</script><img src=x onerror=alert(2)>Hi &lt;b&gt;there&#x3f;</v>\n';
      const [cue] = readVtt(text).cues;
      expect(cue?.text).toBe('alert(1) Hi <b>there?');
      expect(cue?.speaker).toBe('Dana Levi');
    });

    it('markup inside the voice name is removed too', () => {
      const [cue] = readVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana &lt;i&gt;Levi>x</v>\n').cues;
      expect(cue?.speaker).toBe('Dana <i>Levi');
    });

    it('keeps cues without a voice, with no speaker, and says so', () => {
      const reading = readVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nNobody was attributed.\n');
      expect(reading.cues[0]?.speaker).toBeNull();
      expect(reading.problems).toEqual(['noVoice']);
      expect(reading.partial).toBe(false);
    });

    it('sorts cues that come out of order and says so', () => {
      const reading = readVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\n<v A>b</v>\n\n00:00:01.000 --> 00:00:02.000\n<v A>a</v>\n');
      expect(reading.cues.map((c) => c.text)).toEqual(['a', 'b']);
      expect(reading.problems).toContain('outOfOrder');
    });

    it('skips cues with broken or backwards times and marks the result partial', () => {
      const reading = readVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v A>back</v>\n\nxx --> yy\n<v A>junk</v>\n\n00:00:07.000 --> 00:00:08.000\n<v A>ok</v>\n');
      expect(reading.cues.map((c) => c.text)).toEqual(['ok']);
      expect(reading).toMatchObject({ problems: ['badTiming'], partial: true });
    });

    it('answers "not WebVTT" for HTML, JSON or nothing', () => {
      for (const text of ['<html><body>Sign in</body></html>', '{"error":{}}', '', 'WEBVTTX\n']) {
        expect(readVtt(text)).toEqual({ cues: [], problems: ['notVtt'], partial: false });
      }
    });

    it('reads no further than MAX_VTT_CHARS of a 20 MB file and marks the result partial', () => {
      const block = (i: number) => `${i}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900\n<v Dana Levi>${'word '.repeat(40)}</v>\n\n`;
      let text = 'WEBVTT\n\n';
      for (let i = 0; text.length < 20_000_000; i += 1) text += block(i % 3600);
      const reading = readVtt(text);
      expect(reading.partial).toBe(true);
      expect(reading.problems).toContain('tooLarge');
      expect(reading.cues.length).toBeGreaterThan(1000);
      expect(reading.cues.length).toBeLessThan(Math.ceil(MAX_VTT_CHARS / 200));
    });
  });
});
