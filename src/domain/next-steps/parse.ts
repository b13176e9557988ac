import { dueResolver } from '../time/relative-dates';
import { readHtmlBlocks } from './html-stream';
import { textBlocks, type BodyBlock } from './blocks';
import type { LineTools } from './line';
import { SectionReader } from './section';
import type { Locale } from '../../i18n/locale';
import type { BodyInput, ParseContext, ParseResult } from './types';
import { indexPeople } from './who';

/** The same "when" is asked about again and again (a column of "Friday"s): answers kept by the text as written. */
function remembered<T>(resolve: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      answer = resolve(text);
      if (answers.size < 10_000) answers.set(text, answer);
    }
    return answer as T;
  };
}

/** How much text the guess of the meeting's language looks at. */
const LOCALE_SAMPLE = 20_000;

/**
 * The meeting's language when the caller does not know it: Hebrew letters → he, Swedish letters → sv, else the
 * fallback (the manager's language, else en). It matters only for numeric dates ("3/12" is month first in English)
 * and the first day of "next week".
 */
function inferLocale(sample: string, fallback: Locale): Locale {
  if (/[\u05d0-\u05ea]/u.test(sample)) return 'he';
  return /[åäö]/iu.test(sample) ? 'sv' : fallback;
}

/**
 * Hands blocks to the section reader one behind (it looks at the next block too). Without a known language the
 * first blocks are held until the guess has seen enough text (or the body ends).
 */
function blockSink(context: ParseContext) {
  const index = indexPeople(context.organizer, context.attendees);
  const toolsFor = (locale: Locale): LineTools => ({ index, context, due: remembered(dueResolver(context.meetingStart, context.timeZone, locale)) });
  let reader = context.locale ? new SectionReader(toolsFor(context.locale)) : null;
  const held: BodyBlock[] = [];
  let sample = '';
  let pending: BodyBlock | undefined;
  let done = false;

  const pass = (block: BodyBlock | undefined): boolean => {
    if (pending && !reader!.read(pending, block)) done = true;
    pending = block;
    return !done;
  };
  const release = () => {
    reader = new SectionReader(toolsFor(inferLocale(sample, context.fallbackLocale ?? 'en')));
    for (const block of held.splice(0)) if (!pass(block)) break;
  };
  const take = (block: BodyBlock): boolean => {
    if (done) return false;
    if (reader) return pass(block);
    held.push(block);
    if (block.kind === 'line') sample += ` ${block.text}`;
    else if (block.kind === 'row') sample += ` ${block.cells.join(' ')}`;
    if (sample.length > LOCALE_SAMPLE) release();
    return !done;
  };
  const finish = (): ParseResult => {
    if (!reader) release();
    if (!done) pass(undefined);
    return reader!.result();
  };
  return { take, finish };
}

/**
 * The next steps of a meeting body (CONTRACTS.md §5): the first next-steps section that holds something (a
 * heading in any of the three languages, or a table whose header names who/what/when) is read, until the next
 * heading, a rule, the Teams join block, another agenda, prose after the rows, or quoted reply content. Every
 * row not read fully carries a warning; lines that are not rows are reported as `unreadLine`. The body is read in
 * one pass and no further than needed: once the section is read, the rest is not parsed.
 */
export function parseNextSteps(body: BodyInput, context: ParseContext): ParseResult {
  const content = typeof body?.content === 'string' ? body.content : '';
  if (!content) return { rows: [], warnings: [] };
  const sink = blockSink(context);
  let cut = false;
  if (body.contentType === 'html') cut = readHtmlBlocks(content, sink.take).cut;
  else textBlocks(content, sink.take);
  const result = sink.finish();
  if (cut) result.warnings.push({ code: 'contentCut', text: '', row: null });
  return result;
}
