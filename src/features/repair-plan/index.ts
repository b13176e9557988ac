/** The Repair page: a repair plan for one report, its reflections (private) and commitments (promise tasks). */
export { RepairPage } from './repair-page';
export type { RepairMeeting, RepairPorts } from './repair-actions';
