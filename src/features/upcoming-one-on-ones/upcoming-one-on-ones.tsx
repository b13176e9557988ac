import { useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Dialog, DialogActions, DialogBody, DialogContent,
  DialogSurface, DialogTitle, MessageBar, MessageBarBody, makeStyles, tokens,
} from '@fluentui/react-components';
import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { AreaError, AreaLoading } from '../../ui/area';
import { useDateDisplay } from '../../ui/date-display';
import { useUpcomingOneOnOnes, type LeftOutItem, type UpcomingDeps, type UpcomingItem } from './use-upcoming-one-on-ones';

export const useUpcomingStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  when: { color: tokens.colorNeutralForeground2 },
});

function Row({ item, locale, onAdd }: { item: UpcomingItem; locale: Locale; onAdd(): void }) {
  const t = translator(outlook, locale);
  const styles = useUpcomingStyles();
  const when = useDateDisplay(locale).dateTime(item.event.start);
  return (
    <li className={styles.row}>
      <bdi>{item.otherName || item.event.subject}</bdi>
      <span className={styles.when}>{when}</span>
      <Badge appearance="tint" color={item.hasAgenda ? 'success' : 'informative'}>
        {item.hasAgenda ? t('hasAgenda') : t('noAgenda')}
      </Badge>
      {!item.hasAgenda && item.canAdd && (
        <Button size="small" onClick={onAdd}>
          {t('addAgenda')}
        </Button>
      )}
      {!item.canAdd && <span className={styles.when}>{t('organizedBy', { name: item.event.organizer.name })}</span>}
    </li>
  );
}

/** Why a meeting that looks like a 1:1 is not listed: a group stands where one person would. */
function LeftOut({ items, locale }: { items: LeftOutItem[]; locale: Locale }) {
  const t = translator(outlook, locale);
  const styles = useUpcomingStyles();
  const dates = useDateDisplay(locale);
  return (
    <ul className={styles.list} aria-label={t('leftOutHeading')}>
      {items.map(({ event, groups }) => (
        <li key={event.id} className={styles.when}>
          {t('leftOutGroup', { subject: event.subject, when: dates.dateTime(event.start), group: groups.map((g) => g.name || g.address).join(', ') })}
        </li>
      ))}
    </ul>
  );
}

/** "Your 1:1s in the next 14 days", collapsed until opened so the pane's first render needs no Graph request for it. */
export function UpcomingOneOnOnes({ deps, locale }: { deps: UpcomingDeps; locale: Locale }) {
  const [open, setOpen] = useState(false);
  const model = useUpcomingOneOnOnes(deps, locale, open);
  const t = translator(outlook, locale);
  const styles = useUpcomingStyles();
  const { state, add } = model;
  const confirming = add.status === 'confirming' || add.status === 'adding' ? add.item : null;
  return (
    <Accordion collapsible onToggle={(_, data) => setOpen(data.openItems.includes('upcoming'))}>
      <AccordionItem value="upcoming">
        <AccordionHeader as="h2">{t('upcomingHeading')}</AccordionHeader>
        <AccordionPanel>
          {state.status === 'loading' && <AreaLoading label={t('upcomingLoading')} />}
          {state.status === 'failed' && <AreaError error={state.error} locale={locale} onRetry={model.retry} />}
          {state.status === 'ready' && state.items.length === 0 && <p>{t('upcomingEmpty')}</p>}
          {state.status === 'ready' && state.items.length > 0 && (
            <ul className={styles.list}>
              {state.items.map((item) => (
                <Row key={item.event.id} item={item} locale={locale} onAdd={() => model.askToAdd(item)} />
              ))}
            </ul>
          )}
          {state.status === 'ready' && state.leftOut.length > 0 && <LeftOut items={state.leftOut} locale={locale} />}
          {add.status === 'added' && (
            <MessageBar intent="success">
              <MessageBarBody>{t('agendaAddedTo', { name: add.name })}</MessageBarBody>
            </MessageBar>
          )}
          {add.status === 'failed' && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{t('addAgendaFailed')}</MessageBarBody>
            </MessageBar>
          )}
        </AccordionPanel>
      </AccordionItem>
      <Dialog open={confirming !== null} modalType="alert" onOpenChange={(_, data) => !data.open && model.cancelAdd()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('confirmUpdateTitle', { name: confirming?.otherName ?? '' })}</DialogTitle>
            <DialogContent>{t('confirmUpdateBody', { name: confirming?.otherName ?? '' })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={add.status === 'adding'} onClick={() => void model.confirmAdd()}>
                {t('confirmUpdate')}
              </Button>
              <Button onClick={model.cancelAdd}>{t('cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Accordion>
  );
}
