import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
// Not the domain/agenda index: that would bring in detect.ts and htmlparser2, which only the insert needs.
import { renderAgenda } from '../../domain/agenda/render';
import type { AgendaTemplateId, RenderedAgenda } from '../../domain/agenda/types';
import type { Locale } from '../../i18n/locale';
import type { MailItemPort } from '../../ports/host';
import type { CarryOverPorts } from './carry-over';
import { checkExistingAgenda, insertAgenda } from './insert-agenda';
import { displayNameOf, durationMinutes, readMeeting, type MeetingFacts, type MeetingRead } from './meeting';
import { useCarryOver, type CarryOverState } from './use-carry-over';

export interface AgendaInsertDeps {
  mailItem: MailItemPort;
  /** Graph ports for "Open from last time"; null where there is no Graph (the pane still inserts). */
  carryOverPorts: CarryOverPorts | null;
  timeZone: string;
  /** The meeting read the shell started when Office became ready; without it the pane reads the meeting itself. */
  firstRead?: MeetingRead;
}

export type MeetingState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; meeting: MeetingFacts };
export type InsertState =
  | { status: 'idle' }
  | { status: 'checking' | 'inserting' }
  | { status: 'confirming'; bodyType: 'html' | 'text'; meeting: MeetingFacts }
  | { status: 'inserted'; remembered: boolean }
  | { status: 'failed'; error: unknown };

export interface AgendaChoices {
  template: AgendaTemplateId;
  includePipeline: boolean;
  locale: Locale;
}

/** The agenda for these facts and choices; carry-over joins in once it has loaded. */
export function buildAgenda(facts: MeetingFacts, choices: AgendaChoices, carryOver: CarryOverState, timeZone: string): RenderedAgenda {
  const found = carryOver.status === 'ready' && carryOver.kind === 'found' ? carryOver : null;
  return renderAgenda({
    ...choices,
    reportName: facts.counterpart ? displayNameOf(facts.counterpart) : facts.invitees.map(displayNameOf).join(', '),
    managerName: carryOver.status === 'ready' ? carryOver.managerName : '',
    start: facts.start,
    timeZone,
    durationMinutes: durationMinutes(facts.start, facts.end),
    carriedOver: found?.carriedOver ?? [],
    topics: found?.topics ?? [],
  });
}

/**
 * The task pane's state: the meeting (read from Office only, so the first useful render needs no Graph request),
 * the choices, the live agenda, "Open from last time" (loaded afterwards), and the insert with its confirmation.
 * Choices survive every failure: nothing the user picked or typed is lost.
 */
const stateOf = (outcome: ReturnType<MeetingRead['outcome']>): MeetingState =>
  !outcome ? { status: 'loading' } : 'facts' in outcome ? { status: 'ready', meeting: outcome.facts } : { status: 'failed', error: outcome.error };

export function useAgendaInsert({ mailItem, carryOverPorts, timeZone, firstRead }: AgendaInsertDeps) {
  const [meeting, setMeeting] = useState<MeetingState>(() => stateOf(firstRead?.outcome()));
  const [choices, setChoices] = useState<AgendaChoices>(() => ({ template: 'weekly', includePipeline: false, locale: mailItem.displayLanguage() ?? 'en' }));
  const [insert, setInsert] = useState<InsertState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  // The shell's read serves the first attempt only: a retry, or another item, reads afresh.
  const unusedFirstRead = useRef(firstRead);
  // Whether the first render already showed its outcome (else it may settle between that render and the effect).
  const shownAtFirstRender = useRef(meeting.status !== 'loading');

  useEffect(() => {
    let live = true;
    const given = unusedFirstRead.current;
    unusedFirstRead.current = undefined;
    if (given && shownAtFirstRender.current) return;
    if (!given) setMeeting({ status: 'loading' });
    (given?.facts ?? readMeeting(mailItem)).then(
      (facts) => live && setMeeting({ status: 'ready', meeting: facts }),
      (error: unknown) => live && setMeeting({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [mailItem, attempt]);

  const facts = meeting.status === 'ready' ? meeting.meeting : null;
  const carryOver: CarryOverState = useCarryOver(carryOverPorts, facts ? facts.counterpart : undefined, timeZone);

  const agenda: RenderedAgenda | null = useMemo(() => (facts ? buildAgenda(facts, choices, carryOver, timeZone) : null), [facts, choices, carryOver, timeZone]);

  const run = useCallback(
    async (step: () => Promise<void>) => {
      if (busy.current) return; // a double click must not insert twice
      busy.current = true;
      try {
        await step();
      } catch (error) {
        setInsert({ status: 'failed', error });
      } finally {
        busy.current = false;
      }
    },
    [],
  );

  /** Attendees and times may have changed since the pane opened: the agenda that goes in is built from fresh facts. */
  const doInsert = useCallback(
    async (bodyType: 'html' | 'text', fresh: MeetingFacts) => {
      setInsert({ status: 'inserting' });
      const outcome = await insertAgenda(mailItem, bodyType, buildAgenda(fresh, choices, carryOver, timeZone), {
        template: choices.template,
        locale: choices.locale,
      });
      setInsert({ status: 'inserted', remembered: outcome.remembered });
    },
    [mailItem, choices, carryOver, timeZone],
  );

  const requestInsert = useCallback(
    () =>
      run(async () => {
        setInsert({ status: 'checking' });
        const [fresh, existing] = await Promise.all([readMeeting(mailItem), checkExistingAgenda(mailItem)]);
        setMeeting({ status: 'ready', meeting: fresh });
        if (existing.hasAgenda) setInsert({ status: 'confirming', bodyType: existing.bodyType, meeting: fresh });
        else await doInsert(existing.bodyType, fresh);
      }),
    [run, mailItem, doInsert],
  );

  const confirmInsert = useCallback(() => {
    if (insert.status === 'confirming') void run(() => doInsert(insert.bodyType, insert.meeting));
  }, [insert, run, doInsert]);

  return {
    meeting,
    choices,
    setChoices: (change: Partial<AgendaChoices>) => setChoices((current) => ({ ...current, ...change })),
    carryOver,
    agenda,
    insert,
    requestInsert,
    confirmInsert,
    cancelInsert: () => setInsert({ status: 'idle' }),
    retryMeeting: () => setAttempt((n) => n + 1),
  };
}

export type AgendaInsertModel = ReturnType<typeof useAgendaInsert>;
