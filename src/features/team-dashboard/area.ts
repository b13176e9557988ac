/** One independently loaded part of a page: it loads, fails and retries on its own. */
export type Area<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export const loading = <T>(): Area<T> => ({ status: 'loading' });

export const settle = <T>(result: PromiseSettledResult<T>): Area<T> =>
  result.status === 'fulfilled' ? { status: 'ready', value: result.value } : { status: 'error', error: result.reason };

export const valueOf = <T>(area: Area<T>): T | undefined => (area.status === 'ready' ? area.value : undefined);
