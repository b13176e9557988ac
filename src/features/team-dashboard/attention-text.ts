import type { teamsDashboard } from '../../i18n/catalogues/teams-dashboard';
import type { Translate } from '../../i18n/translate';
import type { AttentionLevel, AttentionReason } from './report-overview';

type T = Translate<keyof (typeof teamsDashboard)['en']>;

/** The reason a person is where they are in the order, in words. */
export function reasonText(reason: AttentionReason, t: T): string {
  switch (reason.kind) {
    case 'no-next':
      return t('reasonNoNext');
    case 'never-met':
      return t('reasonNeverMet');
    case 'long-gap':
      return t('reasonLongGap', { days: reason.days });
    case 'cancellations':
      return t('reasonCancellations', { count: reason.count });
    case 'promises-late':
      return t('reasonPromisesLate', { count: reason.count });
    case 'no-agenda':
      return t('reasonNoAgenda');
    case 'topics':
      return t('reasonTopics', { count: reason.count });
  }
}

export const levelText = (level: AttentionLevel, t: T): string =>
  level === 'attention' ? t('levelAttention') : level === 'watch' ? t('levelWatch') : t('levelOnTrack');
