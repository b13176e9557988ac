import { createOfficeStandIn, type SimulatedRecipient } from '../office-stand-in';
import { hostOptionsOf } from './host-options';
import { installOfficeStandIn } from './expose-simulator';
import { parseRecipients, seededMeeting } from './seeded-meeting';

/**
 * The Office stand-in as a script of its own, served IN PLACE OF Office.js: taskpane.html loads Office.js from
 * Microsoft's CDN in its head, and the benchmark routes that request here, so the production task pane page runs
 * exactly as Outlook loads it (its own page, its own script, Office as a global before the pane's script runs).
 * Like Office.js it starts its host handshake as it loads; `Office.onReady` resolves one host round trip later.
 *
 * Page parameters: attendee ("Name <address>", the 1:1's other person), lang, latency (ms per Office callback).
 */
const FALLBACK_ATTENDEE: SimulatedRecipient = { displayName: 'Alex Report', emailAddress: 'alex@contoso.example' };

const params = new URLSearchParams(window.location.search);
const [attendee] = parseRecipients(params.get('attendee') ?? '');
const { office, simulator } = createOfficeStandIn({ item: seededMeeting(attendee ?? FALLBACK_ATTENDEE, new Date()), ...hostOptionsOf(params) });
installOfficeStandIn(office, simulator);
