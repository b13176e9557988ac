/** Teams writes a placeholder it cannot fill as it is (`{app.theme}`): that is no value. */
const filled = (value: string | null) => (value && !value.startsWith('{') ? value : null);

/**
 * The first value of a host parameter that Teams filled in. The tab's contentUrl names each twice, as
 * `{app.locale}` / `{app.theme}` (TeamsJS v2, the current "Get context for your tab" page) and as `{locale}` /
 * `{theme}` (their names before v2), so whichever form a Teams client knows, one arrives filled.
 */
export const hostParam = (params: URLSearchParams, name: 'hostLocale' | 'hostTheme'): string | null =>
  params.getAll(name).map(filled).find((value) => value !== null) ?? null;
