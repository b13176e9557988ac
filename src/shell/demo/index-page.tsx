import { Body1, Link, makeStyles, Subtitle1, Title1, tokens } from '@fluentui/react-components';
import { demo } from '../../i18n/catalogues/demo';
import { LOCALES, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { AppFrame } from '../../ui/app-frame';
import type { FrameTheme } from '../../ui/frame-theme';
import { AgendaPreview } from './agenda-preview';
import { SAMPLE_PEOPLE } from './sample-meeting';

/** Each language is named in itself, so that someone who does not read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', he: 'עברית', sv: 'Svenska' };

const useStyles = makeStyles({
  page: {
    maxWidth: '960px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Keeps the other page parameters (theme, as) when the language changes or a surface opens. */
const withLang = (path: string, search: string, lang: Locale) => {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
};

export interface IndexPageProps {
  locale: Locale;
  theme: FrameTheme;
  search: string;
  now: Date;
  timeZone: string;
}

/** The demo's front page: links to the two surfaces and a live preview of the agenda for a sample 1:1. */
export function IndexPage({ locale, theme, search, now, timeZone }: IndexPageProps) {
  const styles = useStyles();
  const t = translator(demo, locale);
  return (
    <AppFrame locale={locale} theme={theme}>
      <main className={styles.page}>
        <header className={styles.section}>
          <Title1 as="h1">{t('pageTitle')}</Title1>
          <Body1>{t('intro')}</Body1>
          <nav aria-label={t('languageNav')}>
            <ul className={styles.row}>
              {LOCALES.map((lang) => (
                <li key={lang}>
                  <Link href={withLang('/', search, lang)} lang={lang} aria-current={lang === locale ? 'page' : undefined}>
                    {LANGUAGE_NAMES[lang]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <section className={styles.section} aria-labelledby="surfaces-heading">
          <Subtitle1 as="h2" id="surfaces-heading">{t('surfacesHeading')}</Subtitle1>
          <ul className={styles.row}>
            <li><Link href={withLang('/outlook.html', search, locale)}>{t('outlookLink')}</Link></li>
            <li><Link href={withLang('/teams.html', search, locale)}>{t('teamsLink')}</Link></li>
          </ul>
        </section>
        <section className={styles.section} aria-labelledby="preview-heading">
          <Subtitle1 as="h2" id="preview-heading">{t('previewHeading')}</Subtitle1>
          <Body1>{t('previewIntro', { manager: SAMPLE_PEOPLE.manager, report: SAMPLE_PEOPLE.report })}</Body1>
          <AgendaPreview locale={locale} now={now} timeZone={timeZone} />
        </section>
      </main>
    </AppFrame>
  );
}
