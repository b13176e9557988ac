import { Text } from '@fluentui/react-components';
import { outlookCarryOver } from '../../i18n/catalogues/outlook-carry-over';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { ProgressLine } from '../../ui/lazy-status';
import type { CarryOverState } from './use-carry-over';
import { useAgendaInsertStyles } from './use-agenda-insert-styles';

/** "Open from last time": what the pair plan holds open, or why there is nothing to show. */
export function CarryOverSection({ locale, state, personName }: { locale: Locale; state: CarryOverState; personName: string }) {
  const t = translator(outlookCarryOver, locale);
  const styles = useAgendaInsertStyles();
  if (state.status === 'idle') return null;
  const body = (() => {
    switch (state.status) {
      case 'loading':
        return <ProgressLine label={t('carryOverLoading')} />;
      case 'needs-person':
        return <Text>{t('carryOverNeedsPerson')}</Text>;
      case 'failed':
        return <Text role="status">{t('carryOverFailed')}</Text>;
      case 'ready':
        if (state.kind !== 'found') return <Text>{t('carryOverNoPlan', { name: personName })}</Text>;
        if (state.carriedOver.length + state.topics.length === 0) return <Text>{t('carryOverEmpty')}</Text>;
        return (
          <>
            <Text>{t('carryOverSummary', { followUps: state.carriedOver.length, topics: state.topics.length })}</Text>
            <ul className={styles.list}>
              {[...state.carriedOver.map((i) => i.title), ...state.topics.map((i) => i.title)].map((title, index) => (
                <li key={index}>
                  <bdi>{title}</bdi>
                </li>
              ))}
            </ul>
          </>
        );
    }
  })();
  return (
    <section aria-labelledby="rapport-carry-over" className={styles.field}>
      <h2 id="rapport-carry-over" className={styles.sectionTitle}>
        {t('openFromLastTime')}
      </h2>
      <div aria-live="polite">{body}</div>
    </section>
  );
}
