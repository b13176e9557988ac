import { dueResolver } from '../time/relative-dates';
import type { ResolvedDue } from '../time/relative-dates';
import { readHtmlBlocks } from './html-stream';
import { textBlocks, type BlockSink, type BodyBlock } from './blocks';
import type { LineTools } from './line';
import { SectionReader } from './section';
import type { Locale } from '../../i18n/locale';
import type { BodyInput, ParseContext, ParseResult } from './types';
import { emptyList } from './lists';
import { indexPeople, type PeopleIndex } from './who';

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

/** The tools of one meeting. The same "when" is asked about again and again (a column of "Friday"s): answers kept. */
class MeetingTools implements LineTools {
  private readonly answers = new Map<string, ResolvedDue | null>();
  private readonly resolve: (text: string) => ResolvedDue | null;

  constructor(
    readonly index: PeopleIndex,
    readonly context: ParseContext,
    locale: Locale,
  ) {
    this.resolve = dueResolver(context.meetingStart, context.timeZone, locale, context.dateOrder);
  }

  due(text: string): ResolvedDue | null {
    let answer = this.answers.get(text);
    if (answer === undefined) {
      answer = this.resolve(text);
      if (this.answers.size < 10_000) this.answers.set(text, answer);
    }
    return answer;
  }
}

/**
 * Hands blocks to the section reader one behind (it looks at the next block too). Without a known language the
 * first blocks are held until the guess has seen enough text (or the body ends). A class, as the stream calls
 * `take` for every block of every body.
 */
class Reading implements BlockSink {
  private reader: SectionReader | null = null;
  private readonly index: PeopleIndex;
  private readonly held = emptyList<BodyBlock>();
  private sample = '';
  private pending: BodyBlock | undefined;
  private done = false;

  constructor(private readonly context: ParseContext) {
    this.index = indexPeople(context.organizer, context.attendees);
    if (context.locale) this.reader = new SectionReader(new MeetingTools(this.index, context, context.locale));
  }

  private pass(block: BodyBlock | undefined): boolean {
    if (this.pending && !this.reader!.read(this.pending, block)) this.done = true;
    this.pending = block;
    return !this.done;
  }

  private release(): void {
    const locale = inferLocale(this.sample, this.context.fallbackLocale ?? 'en');
    this.reader = new SectionReader(new MeetingTools(this.index, this.context, locale));
    for (const block of this.held.splice(0)) if (!this.pass(block)) break;
  }

  take(block: BodyBlock): boolean {
    if (this.done) return false;
    if (this.reader) return this.pass(block);
    this.held.push(block);
    if (block.kind === 'line') this.sample += ` ${block.text}`;
    else if (block.kind === 'row') this.sample += ` ${block.cells.join(' ')}`;
    if (this.sample.length > LOCALE_SAMPLE) this.release();
    return !this.done;
  }

  finish(): ParseResult {
    if (!this.reader) this.release();
    if (!this.done) this.pass(undefined);
    return this.reader!.result();
  }
}

/**
 * The next steps of a meeting body (docs/contracts.md §5): the first next-steps section that holds something (a
 * heading in any of the three languages, or a table whose header names who/what/when) is read, until the next
 * heading, a rule, the Teams join block, another agenda, prose after the rows, or quoted reply content. Every
 * row not read fully carries a warning; lines that are not rows are reported as `unreadLine`. The body is read in
 * one pass and no further than needed: once the section is read, the rest is not parsed.
 */
export function parseNextSteps(body: BodyInput, context: ParseContext): ParseResult {
  const content = typeof body?.content === 'string' ? body.content : '';
  if (!content) return { rows: [], warnings: [] };
  const reading = new Reading(context);
  let cut = false;
  if (body.contentType === 'html') cut = readHtmlBlocks(content, reading).cut;
  else textBlocks(content, reading);
  const result = reading.finish();
  if (cut) result.warnings.push({ code: 'contentCut', text: '', row: null });
  return result;
}
