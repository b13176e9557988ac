import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx, Route } from '../context';
import { badRequest, GraphError, json, notFound, type EmuRequest } from '../http';
import { instancesOf } from '../recurrence';
import { SEEDS_DIR } from '../seed-loader';
import type { EventRecord } from '../store';
import { eventsOf } from './calendar-common';
import { teamsJoinUrl } from './event-render';

/**
 * Online meetings and their transcripts (Graph v1.0, delegated; docs/transcripts.md names the pages): the meeting is
 * found by its join URL only (`$filter=JoinWebUrl eq '…'`), a recurring series is one meeting, and its transcripts are
 * those of the occurrences that took place. Content is WebVTT with voice tags. The tenant's refusals
 * (GraphAccessToTranscriptsDisabled, SpeakerAttributionNotAllowed, consent) are fault rules; an expired meeting is a
 * seed flag (`onlineMeetingExpired`).
 */
const TRANSCRIPTS_DIR = resolve(SEEDS_DIR, '../transcripts');
const JOIN_FILTER = /^\s*JoinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i;

const meetingIdOf = (event: EventRecord) => Buffer.from(`1*${event.organizerId}*0**19:meeting_${event.goid.slice(0, 24)}@thread.v2`).toString('base64url');
const transcriptIdOf = (event: EventRecord, start: number) => Buffer.from(`${meetingIdOf(event)}#${start}`).toString('base64url');

function meetingsOf(ctx: Ctx, userId: string): EventRecord[] {
  return eventsOf(ctx, userId).filter((e) => e.isOnlineMeeting && !e.isCancelled);
}

function meetingOrThrow(ctx: Ctx, req: EmuRequest, id: string): EventRecord {
  const event = meetingsOf(ctx, req.userId).find((e) => meetingIdOf(e) === id && !e.onlineMeetingExpired);
  if (!event) throw notFound('The online meeting was not found.', 'NotFound');
  return event;
}

function renderMeeting(event: EventRecord, ctx: Ctx): Record<string, unknown> {
  const identity = (id: string) => ({ identity: { user: { id, displayName: ctx.store.users.get(id)?.displayName ?? null } }, upn: ctx.store.users.get(id)?.userPrincipalName ?? null });
  const last = instancesOf(event).at(-1) ?? { start: event.start, end: event.end };
  return {
    id: meetingIdOf(event),
    creationDateTime: new Date(event.createdDateTime).toISOString(),
    startDateTime: new Date(event.start).toISOString(),
    endDateTime: new Date(last.end).toISOString(),
    joinWebUrl: teamsJoinUrl(event),
    subject: event.subject,
    chatInfo: { threadId: `19:meeting_${event.goid.slice(0, 24)}@thread.v2`, messageId: '0', replyChainMessageId: null },
    participants: {
      organizer: { ...identity(event.organizerId), role: 'presenter' },
      attendees: event.attendees.flatMap((a) => {
        const user = ctx.store.userByAddress(a.address);
        return user && !user.isRoom ? [{ ...identity(user.id), role: 'attendee' }] : [];
      }),
    },
  };
}

/** The occurrences that took place and were transcribed: each has one transcript, made when it started. */
function transcriptsOf(event: EventRecord, ctx: Ctx, req: EmuRequest): Record<string, unknown>[] {
  if (!event.transcript) return [];
  const meetingId = meetingIdOf(event);
  return instancesOf(event)
    .filter((instance) => instance.end <= ctx.now())
    .map((instance) => {
      const id = transcriptIdOf(event, instance.start);
      return {
        id,
        meetingId,
        callId: Buffer.from(`call-${instance.start}`).toString('hex').slice(0, 32),
        contentCorrelationId: `${id.slice(0, 8)}-0`,
        transcriptContentUrl: `${req.origin}/v1.0/users/${event.organizerId}/onlineMeetings/${meetingId}/transcripts/${id}/content`,
        createdDateTime: new Date(instance.start + 60_000).toISOString(),
        endDateTime: new Date(instance.end).toISOString(),
        meetingOrganizer: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: event.organizerId, displayName: null, userIdentityType: 'aadUser', tenantId: ctx.store.tenantId } },
      };
    });
}

export const onlineMeetingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/onlineMeetings$/,
    versions: ['v1.0'],
    handle: (req, _p, ctx) => {
      const match = JOIN_FILTER.exec(req.query.get('$filter') ?? '');
      if (!match) throw badRequest("Listing online meetings needs $filter=JoinWebUrl eq '<join URL>' (or joinMeetingIdSettings/joinMeetingId).", 'BadRequest');
      const url = match[1]!.replace(/''/g, "'");
      const event = meetingsOf(ctx, req.userId).find((e) => teamsJoinUrl(e) === url && !e.onlineMeetingExpired);
      return json({ '@odata.context': `${req.origin}/v1.0/$metadata#users('${req.userId}')/onlineMeetings`, value: event ? [renderMeeting(event, ctx)] : [] });
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/onlineMeetings\/([^/]+)$/,
    versions: ['v1.0'],
    handle: (req, [id], ctx) => json(renderMeeting(meetingOrThrow(ctx, req, id!), ctx)),
  },
  {
    method: 'GET',
    pattern: /^\/me\/onlineMeetings\/([^/]+)\/transcripts$/,
    versions: ['v1.0'],
    handle: (req, [id], ctx) => {
      const value = transcriptsOf(meetingOrThrow(ctx, req, id!), ctx, req);
      return json({ '@odata.context': `${req.origin}/v1.0/$metadata#users('${req.userId}')/onlineMeetings('${id}')/transcripts`, '@odata.count': value.length, value });
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/onlineMeetings\/([^/]+)\/transcripts\/([^/]+)\/content$/,
    versions: ['v1.0'],
    handle: (req, [id, transcriptId], ctx) => {
      const event = meetingOrThrow(ctx, req, id!);
      if (!transcriptsOf(event, ctx, req).some((t) => t.id === transcriptId)) throw notFound('The transcript was not found.', 'NotFound');
      const format = req.query.get('$format') ?? req.headers.accept ?? 'text/vtt';
      if (!/^text\/vtt\b|^\*\/\*$/i.test(format)) throw new GraphError(406, 'NotAcceptable', `This emulator serves transcripts as text/vtt only, not ${format}.`);
      const raw = readFileSync(resolve(TRANSCRIPTS_DIR, event.transcript!));
      return { status: 200, headers: { 'Content-Type': 'text/vtt' }, raw };
    },
  },
];
