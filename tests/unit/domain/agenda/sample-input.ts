import type { AgendaInput } from '../../../../src/domain/agenda';

/** A weekly 1:1 of 30 minutes on Tuesday 24 November 2026, 10:00 in Stockholm, with nothing carried over. */
export const sampleInput = (overrides: Partial<AgendaInput> = {}): AgendaInput => ({
  template: 'weekly',
  includePipeline: false,
  locale: 'en',
  reportName: 'Dana Levi',
  managerName: 'Mia Berg',
  start: '2026-11-24T09:00:00Z',
  timeZone: 'Europe/Stockholm',
  durationMinutes: 30,
  carriedOver: [],
  topics: [],
  ...overrides,
});
