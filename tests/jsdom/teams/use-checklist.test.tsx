import { act, renderHook, waitFor } from '@testing-library/react';
import type { ManagerDocument } from '../../../src/domain/model/document';
import { useChecklist } from '../../../src/features/trust-checklist/use-checklist';
import { withTick } from '../../../src/features/trust-checklist/checklist-ticks';
import { documentStore } from '../../support/manager-document-fake';

const MEETING = 'ical-occurrence-1';

function renderChecklist(store: ReturnType<typeof documentStore>, port = store.port()) {
  let saved: ManagerDocument | undefined = store.current();
  const hook = renderHook(() =>
    useChecklist({ document: port, saved, reportId: 'u-alex', meetingId: MEETING, onSaved: (doc) => (saved = doc) }),
  );
  return { ...hook, savedDoc: () => saved };
}

describe('the trust checklist of one meeting', () => {
  it('shows a tick at once and keeps it in the manager document', async () => {
    const store = documentStore();
    const { result, savedDoc } = renderChecklist(store);
    act(() => result.current.toggle('P2.before.1', true));
    expect(result.current.ticked.has('P2.before.1')).toBe(true);
    await waitFor(() => expect(result.current.saving).toBe(false));
    expect(store.current().reports['u-alex']?.checklist[MEETING]).toEqual({ 'P2.before.1': true });
    expect(savedDoc()?.reports['u-alex']?.checklist[MEETING]).toEqual({ 'P2.before.1': true });
  });

  it('keeps both ticks when another tab ticks a different item between our read and our write', async () => {
    const store = documentStore();
    const otherTab = store.port();
    let raced = false;
    const ourTab = store.port(async () => {
      if (raced) return;
      raced = true;
      await otherTab.update((doc) => withTick(doc, 'u-alex', MEETING, 'P4.after.1', true));
    });
    const { result } = renderChecklist(store, ourTab);
    act(() => result.current.toggle('P2.during.1', true));
    await waitFor(() => expect(result.current.saving).toBe(false));
    expect(store.current().reports['u-alex']?.checklist[MEETING]).toEqual({ 'P2.during.1': true, 'P4.after.1': true });
  });

  it('unticking removes only that item', async () => {
    const store = documentStore(withTick(withTick(documentStore().current(), 'u-alex', MEETING, 'P1.before.1', true), 'u-alex', MEETING, 'P7.after.1', true));
    const { result } = renderChecklist(store);
    act(() => result.current.toggle('P1.before.1', false));
    await waitFor(() => expect(result.current.saving).toBe(false));
    expect(store.current().reports['u-alex']?.checklist[MEETING]).toEqual({ 'P7.after.1': true });
  });

  it('puts the box back after a failed save and retries exactly that tick', async () => {
    const store = documentStore();
    store.failNextWrites(1);
    const { result } = renderChecklist(store);
    act(() => result.current.toggle('P5.during.1', true));
    await waitFor(() => expect(result.current.failed).not.toBeNull());
    expect(result.current.ticked.has('P5.during.1')).toBe(false);
    expect(store.writes).toHaveLength(0);
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.saving).toBe(false));
    expect(result.current.failed).toBeNull();
    expect(store.current().reports['u-alex']?.checklist[MEETING]).toEqual({ 'P5.during.1': true });
  });
});
