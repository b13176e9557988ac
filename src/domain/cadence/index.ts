export { cadenceStats, sayDoRatio, type CadenceStats, type SayDo } from './statistics';
export { attentionOrder, LONG_GAP_DAYS, type AttentionEntry, type AttentionInput, type AttentionReason } from './attention';
