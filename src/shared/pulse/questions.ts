// The pulse check (temperaturmåling, issue 24): one question per characteristic of the
// learning organisation (the eleven, worded as the plan words them: i18n dlo_1..dlo_11),
// each answered 1–5 or "ved ikke", and one optional free text. A leader may ask a subset,
// at least three.
import { DLO_NUMBERS } from '../core-knowledge/learning-profile';

export const PULSE_QUESTIONS: readonly number[] = DLO_NUMBERS;
export const MIN_PULSE_QUESTIONS = 3;
/** The scale's points; an answer of 0 is "ved ikke". */
export const PULSE_SCALE = [1, 2, 3, 4, 5] as const;
export const DONT_KNOW = 0;
/** Below this many answers in a scope, only the count and the response rate are shown. */
export const RESULT_THRESHOLD = 5;
/** The free text's length, and the question it answers ("Hvad ville hjælpe jer mest?"). */
export const PULSE_TEXT_MAX = 1000;

export type PulseScore = 0 | 1 | 2 | 3 | 4 | 5;
