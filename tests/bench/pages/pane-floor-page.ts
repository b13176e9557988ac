import { createMailItemAdapter, whenOfficeReady } from '../../../src/adapters/office';
import { startMeetingRead } from '../../../src/features/agenda-insert/meeting';

// The task pane's floor (RAPPORT_BASELINE builds it beside the baseline page): what taskpane.html must wait for
// before any UI, Office.js's handshake and the meeting read through the 3-call Office queue, then one heading where
// the agenda preview goes. No React, no Fluent, no agenda: the pane's first render can be no earlier than this page's.
const root = document.getElementById('root');
if (root) {
  void whenOfficeReady()
    .then((office) => startMeetingRead(createMailItemAdapter(office)).facts)
    .then((meeting) => {
      const preview = document.createElement('div');
      preview.dataset.testid = 'agenda-preview';
      const heading = document.createElement('h2');
      heading.textContent = `1:1 · ${meeting.counterpart?.name ?? meeting.invitees.length} · ${meeting.start}`;
      preview.append(heading);
      root.append(preview);
    });
}
