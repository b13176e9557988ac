/** Lazy entry: the Practices page alone, as its own chunk. */
export { PracticesPage } from './practices-page';
