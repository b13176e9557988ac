import { makeStyles, tokens } from '@fluentui/react-components';
import { FollowUpSyncPanel, useFollowUpSync, type FollowUpSyncPorts } from '../../features/follow-up-sync';
import { followUps as catalogue } from '../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { MailItemPort } from '../../ports/host';
import { PaneWrapUp } from './pane-wrap-up';

const useStyles = makeStyles({
  aside: { paddingInline: tokens.spacingHorizontalL, paddingBlockEnd: tokens.spacingVerticalL },
});

const systemClock = { now: () => new Date() };

/**
 * The follow-up sync in the Outlook pane: it starts in the background once the pane has rendered (at most once
 * every few minutes, shared with the Teams tab through the document's lastSync), with its summary and the
 * "Sync follow-ups" action below the agenda, and the wrap-up when the item is a 1:1 that has taken place.
 */
export function PaneFollowUps({ ports, locale, timeZone, mailItem }: { ports: FollowUpSyncPorts; locale: Locale; timeZone: string; mailItem: MailItemPort }) {
  const styles = useStyles();
  const { state, syncNow } = useFollowUpSync(ports, { timeZone, clock: systemClock });
  return (
    <aside className={styles.aside} aria-label={translator(catalogue, locale)('heading')}>
      <PaneWrapUp mailItem={mailItem} ports={ports} locale={locale} timeZone={timeZone} />
      <FollowUpSyncPanel state={state} onSync={() => void syncNow()} locale={locale} />
    </aside>
  );
}
