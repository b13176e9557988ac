import { Body1, Caption1, Card, CardHeader, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CORE_QUESTIONS, HYBRID_TIPS, PRACTICES, checklistItemsFor } from '../../domain/content';
import { teamsPractices } from '../../i18n/catalogues/trust-checklist-practices';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The seven practices with short guidance, the four core questions and the hybrid tips: content only, no data. */
export function PracticesPage({ locale }: { locale: Locale }) {
  const styles = useStyles();
  const t = translator(teamsPractices, locale);
  return (
    <div className={styles.page}>
      <section className={styles.section} aria-labelledby="practices-title">
        <Subtitle1 as="h2" id="practices-title">
          {t('practicesTitle')}
        </Subtitle1>
        <Body1>{t('practicesIntro')}</Body1>
        <ol className={styles.grid}>
          {PRACTICES.map((practice) => (
            <li key={practice.id}>
              <Card>
                <CardHeader
                  header={<Subtitle2 as="h3">{practice.title[locale]}</Subtitle2>}
                  description={<Caption1 className={styles.muted}>{t('checklistCount', { count: checklistItemsFor(practice.id).length })}</Caption1>}
                />
                <Body1>{practice.guidance[locale]}</Body1>
              </Card>
            </li>
          ))}
        </ol>
      </section>
      <section className={styles.section} aria-labelledby="questions-title">
        <Subtitle1 as="h2" id="questions-title">
          {t('questionsTitle')}
        </Subtitle1>
        <Body1>{t('questionsIntro')}</Body1>
        <ol className={styles.list}>
          {CORE_QUESTIONS.map((question) => (
            <li key={question.id}>
              <Body1>{question.text[locale]}</Body1>
            </li>
          ))}
        </ol>
      </section>
      <section className={styles.section} aria-labelledby="hybrid-title">
        <Subtitle1 as="h2" id="hybrid-title">
          {t('hybridTitle')}
        </Subtitle1>
        <ul className={styles.list}>
          {HYBRID_TIPS.map((tip) => (
            <li key={tip.id}>
              <Body1>{tip.text[locale]}</Body1>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
