import type { teamsDashboard } from '../../i18n/catalogues/team-dashboard';
import type { Translate } from '../../i18n/translate';
import type { AttentionLevel, AttentionReason } from './report-overview';

type T = Translate<keyof (typeof teamsDashboard)['en']>;

/** The reason a person is where they are in the order, in words. */
export function reasonText(reason: AttentionReason, t: T): string {
  switch (reason.code) {
    case 'neverMet':
      return t('reasonNeverMet');
    case 'longGap':
      return t('reasonLongGap', { days: reason.days });
    case 'noNextOneOnOne':
      return t('reasonNoNext');
    case 'streakBroken':
      return t('reasonStreakBroken');
    case 'cancellations':
      return t('reasonCancellations', { count: reason.count });
    case 'moves':
      return t('reasonMoves', { count: reason.count });
    case 'promisesPastDue':
      return t('reasonPromisesLate', { count: reason.count });
    case 'lowSayDo':
      return t('reasonLowSayDo', { percent: Math.round(reason.ratio * 100) });
    case 'noAgenda':
      return t('reasonNoAgenda');
    case 'topics':
      return t('reasonTopics', { count: reason.count });
  }
}

export const levelText = (level: AttentionLevel, t: T): string =>
  level === 'attention' ? t('levelAttention') : level === 'watch' ? t('levelWatch') : t('levelOnTrack');
