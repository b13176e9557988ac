/**
 * An empty array made for objects and strings. V8 starts a `[]` as an array of small integers, and optimised code that
 * has pushed objects into such arrays before is thrown away when a fresh one arrives ("not a Smi"): every new body
 * made the parser slow again until re-optimised. An array that starts as an object array keeps the code.
 */
export function emptyList<T>(): T[] {
  const list = [undefined] as unknown as T[];
  list.length = 0;
  return list;
}
