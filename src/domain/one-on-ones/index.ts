export { addressesToLookUp, classifyEvent, groupsInPlaceOfAPerson, oneOnOnesIn, type AddressKinds, type Classification, type ClassifyOptions, type Confidence, type OneOnOne, type ReasonCode } from './classifier';
export { BUILT_IN_SUBJECT_WORDS, subjectWordIn } from './subject-words';
export { looksLikeGroup, looksLikeRoom } from './participants';
