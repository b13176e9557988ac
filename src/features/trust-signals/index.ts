/** The Signals page: a dated check of trust signs for one report, and its trend. */
export { SignalsPage } from './signals-page';
