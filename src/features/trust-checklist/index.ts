/**
 * The trust checklist: the Report page (the checklist card per 1:1, ticks in the manager's document, history) and
 * the Practices page. Each page is also an entry of its own for the tab's lazy loading: entry-report-page.ts,
 * entry-practices-page.ts.
 */
export { ReportPage } from './report-page';
export { PracticesPage } from './practices-page';
