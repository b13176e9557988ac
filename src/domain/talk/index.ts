export { readVtt, parseCueTime, MAX_VTT_CHARS, type Cue, type VttProblem, type VttReading } from './vtt';
export { speakingTime, clip, wholePercents, UNKNOWN_VOICE } from './speaking-time';
export { isQuestion, questionsIn, sentencesOf } from './questions';
export { analyseTalk, figuresOf, roleMatcher, STRETCH_PAUSE_MS, type Pair, type TalkAnalysis, type TalkFigures, type VoiceRole, type VoiceTime } from './analyse';
