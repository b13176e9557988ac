import { lazySessionStore, sessionIdOf } from '../../../src/features/follow-up-sync/views/session';

describe('lazySessionStore', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    sessionStorage.clear();
  });

  it('does not touch sessionStorage until it is read or written, then keeps the same session across reads', () => {
    const storage = jest.spyOn(window, 'sessionStorage', 'get');
    const store = lazySessionStore();
    expect(storage).not.toHaveBeenCalled();
    const first = sessionIdOf(store);
    expect(storage).toHaveBeenCalled();
    expect(sessionIdOf(store)).toBe(first);
    expect(sessionStorage.getItem('rapport.followUps.session')).toBe(first);
  });

  it('reads as empty and writes nothing when the browser blocks storage', () => {
    jest.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const store = lazySessionStore();
    expect(store.getItem('rapport.followUps.lastRun')).toBeNull();
    expect(() => store.setItem('rapport.followUps.lastRun', '1')).not.toThrow();
  });
});
