import { defineCatalogue } from '../translate';

/**
 * The fixed words of the agenda that goes into the invite (docs/contracts.md §5). The report sees them: neutral, kind
 * and short. `titlePrefix` is also what the agenda detector looks for, in every language, so changing it means old
 * invites are no longer recognised: keep it stable.
 */
export const agenda = defineCatalogue({
  en: {
    titlePrefix: '1:1 agenda',
    preparedWith: 'Prepared with Rapport',
    minutes: '{minutes, plural, one {# min} other {# min}}',
    openFromLastTime: 'Open from last time',
    carriedOver: 'Follow-ups',
    topics: 'Topics for today',
    noOwner: 'no owner yet',
    dueBy: 'by {date}',
    commitments: 'From today I commit to:',
    nextSteps: 'Next steps',
    nextStepsPrompt: 'Who does what by when, and how we follow up.',
    who: 'Who',
    what: 'What',
    byWhen: 'By when',
    followUp: 'Follow-up',
  },
  he: {
    titlePrefix: 'סדר יום לפגישת 1:1',
    preparedWith: 'הוכן באמצעות Rapport',
    minutes: '{minutes, plural, one {דקה אחת} two {שתי דקות} other {# דקות}}',
    openFromLastTime: 'נשאר פתוח מהפעם הקודמת',
    carriedOver: 'משימות להמשך',
    topics: 'נושאים להיום',
    noOwner: 'עוד אין אחראי',
    dueBy: 'עד {date}',
    commitments: 'ההתחייבויות שלי מהיום:',
    nextSteps: 'הצעדים הבאים',
    nextStepsPrompt: 'מי עושה מה ועד מתי, ואיך עוקבים.',
    who: 'מי',
    what: 'מה',
    byWhen: 'עד מתי',
    followUp: 'מעקב',
  },
  sv: {
    titlePrefix: 'Agenda för 1:1',
    preparedWith: 'Förberett med Rapport',
    minutes: '{minutes, plural, one {# min} other {# min}}',
    openFromLastTime: 'Öppet sedan förra gången',
    carriedOver: 'Uppföljningar',
    topics: 'Punkter till dagens samtal',
    noOwner: 'ingen ansvarig än',
    dueBy: 'senast {date}',
    commitments: 'Från och med i dag lovar jag att:',
    nextSteps: 'Nästa steg',
    nextStepsPrompt: 'Vem gör vad till när, och hur vi följer upp.',
    who: 'Vem',
    what: 'Vad',
    byWhen: 'Till när',
    followUp: 'Uppföljning',
  },
});
