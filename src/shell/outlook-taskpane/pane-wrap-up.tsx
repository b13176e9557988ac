import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CalendarEvent } from '../../domain/model/calendar';
import type { Person, Team } from '../../domain/model/people';
import { heldOneOnOnes, WrapUp, type FollowUpSyncPorts } from '../../features/follow-up-sync';
import { followUps as catalogue } from '../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { MailItemPort } from '../../ports/host';

const systemClock = { now: () => new Date() };
const MINUTE = 60_000;

/**
 * When the appointment open in Outlook is a 1:1 that has already taken place, the pane offers its wrap-up: the
 * Graph event is found by its start among the manager's held 1:1s (Office gives the item's times, not its Graph id
 * in every host). An upcoming meeting shows nothing here.
 */
export function PaneWrapUp({ mailItem, ports, locale, timeZone }: { mailItem: MailItemPort; ports: FollowUpSyncPorts; locale: Locale; timeZone: string }) {
  const [found, setFound] = useState<{ event: CalendarEvent; report: Person; team: Team } | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const now = systemClock.now();
      const times = await mailItem.getTimes();
      if (Date.parse(times.end) > now.getTime()) return;
      const window = { start: new Date(Date.parse(times.start) - MINUTE).toISOString(), end: new Date(Date.parse(times.end) + MINUTE).toISOString() };
      const [team, doc, events] = await Promise.all([ports.directory.team(), ports.document.read(), ports.calendar.listEvents(window)]);
      const match = heldOneOnOnes(events, team, doc, now).find((m) => Date.parse(m.event.start) === Date.parse(times.start));
      if (live && match) setFound({ ...match, team });
    })().catch((error: unknown) => console.warn('Rapport: no wrap-up for this item.', error));
    return () => {
      live = false;
    };
  }, [mailItem, ports]);
  if (!found) return null;
  const t = translator(catalogue, locale);
  return (
    <Accordion collapsible>
      <AccordionItem value="wrap-up">
        <AccordionHeader as="h2">{t('wrapUpAction')}</AccordionHeader>
        <AccordionPanel>
          <WrapUp ports={ports} event={found.event} manager={found.team.manager} report={found.report} locale={locale} timeZone={timeZone} clock={systemClock} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
