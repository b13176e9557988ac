/** Lazy entry: the wrap-up (review a held 1:1's follow-ups) alone, as its own chunk. */
export { WrapUp } from './views/wrap-up';
