/** The demo's `?as=<upn>`: the seeded user the page signs in as (docs/contracts.md §2); null when absent or blank. */
export const signInAsOf = (search: string): string | null => new URLSearchParams(search).get('as')?.trim() || null;
