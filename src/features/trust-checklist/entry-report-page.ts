/** Lazy entry: the Report page alone, as its own chunk. */
export { ReportPage } from './report-page';
