// Text hygiene for every free text that reaches the server, one rule for client and
// server alike: what one database stores the other must store too, and nothing
// invisible may change how a text reads or compares.
// - NFC: "å" typed on one phone and pasted from another compare equal. The rule below
//   judges the normalised text, the one that is stored.
// - Control characters (Cc): PostgreSQL refuses U+0000 (error 22021), so a text carrying
//   it would fail on every retry and jam the outbox behind it; the others are invisible.
//   Long texts keep newline and tab; a carriage return, and the line and paragraph
//   separators U+2028/U+2029 (pasted from Pages or Word), become a newline.
// - Lone surrogates: not text at all (SQLite would store invalid UTF-8).
// - Bidi controls (\p{Bidi_Control}: overrides, embeddings, isolates and the marks LRM,
//   RLM, ALM): "gnp.exe" with U+202E reads "exe.png".
// - Other format characters (Cf): zero-width space, word joiner, byte-order mark, soft
//   hyphen, interlinear annotation (U+FFF9–U+FFFB)… make two texts that look the same
//   differ. Two exceptions, where they shape what is seen:
//   · ZWNJ (U+200C) between letters or marks: Persian "می‌خواهم", Indic half forms;
//   · ZWJ (U+200D) there too, and between emoji: 👩‍⚕️, 👨‍👩‍👧, 👍🏽 skin tones need no joiner.
//   Anywhere else (at an edge, next to a space or a digit, doubled) they are refused.
// - Tag characters (U+E0000–U+E007F) can carry a hidden text ("ASCII smuggling"); they
//   are allowed only in the shape of Unicode's subdivision flags: 🏴, 3–7 tag letters or
//   digits, the cancel tag (England, Scotland, Wales: 🏴󠁧󠁢󠁥󠁮󠁧󠁿).
// - Hangul fillers (U+3164, U+FFA0, U+115F, U+1160) render as nothing: a "blank" name.
// - Unassigned code points (\p{Cn}, noncharacters included): no one knows how they will
//   read once assigned. Reserved places in the emoji blocks are let through
//   (\p{Extended_Pictographic} covers them), so an emoji newer than the other side's
//   Unicode tables is accepted by both: a phone and the server never disagree on it.
// - More than 3 combining marks (\p{M}) in a row: "Zalgo" text that spills over the
//   lines above and below. Real text needs at most 3 (Vietnamese ệ after NFC has 1,
//   Tibetan and Thai stack 2–3; an emoji keycap 1️⃣ has 2).
// Private-use characters (Co) are allowed: a company logo glyph is visible, not hidden.
import * as v from 'valibot';

/** Why a text cannot be stored; `textFault` says which rule refused it. */
export type TextFault =
  | 'surrogate' | 'control' | 'separator' | 'bidi' | 'tag' | 'joiner' | 'format' | 'filler' | 'unassigned' | 'marks';

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL_SHORT = /\p{Cc}/u;
/** A long text's newline and tab are allowed; a carriage return is made a newline first. */
const CONTROL_LONG = /(?![\t\n\r])\p{Cc}/u;
const SEPARATOR = /[\u2028\u2029]/u;
const BIDI_CONTROL = /\p{Bidi_Control}/u;
const FLAG_TAG_SEQUENCE = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{3,7}\u{E007F}/gu;
const TAG = /[\u{E0000}-\u{E007F}]/u;
// No lookbehind: Safari before 16.4 cannot even load a module that has one.
const MISPLACED_ZWNJ = /(?:^|[^\p{L}\p{M}])\u200C|\u200C(?![\p{L}\p{M}])/u;
const MISPLACED_ZWJ =
  /(?:^|[^\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])\u200D|\u200D(?![\p{L}\p{M}\p{Extended_Pictographic}])/u;
const FORMAT = /(?![\u200C\u200D])\p{Cf}/u;
const HANGUL_FILLER = /[\u115F\u1160\u3164\uFFA0]/u;
const UNASSIGNED = /(?!\p{Extended_Pictographic})\p{Cn}/u;
export const MAX_COMBINING_MARKS = 3;
const TOO_MANY_MARKS = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');

export const TEXT_HYGIENE_MESSAGE =
  'Teksten indeholder usynlige styretegn, der ikke kan gemmes. Skriv teksten igen, eller indsæt den uden formatering.';
export const TEXT_MARKS_MESSAGE =
  `Teksten har for mange accenter eller tegn over og under det samme bogstav (højst ${MAX_COMBINING_MARKS}). Skriv teksten igen uden dem.`;

/** Why a text cannot be stored, or null when it can. `multiline`: a long text's rule. */
export function textFault(value: string, multiline: boolean): TextFault | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if ((multiline ? CONTROL_LONG : CONTROL_SHORT).test(value)) return 'control';
  if (!multiline && SEPARATOR.test(value)) return 'separator';
  if (BIDI_CONTROL.test(value)) return 'bidi';
  // A well-formed flag counts as its black flag alone in every rule below.
  const text = value.replace(FLAG_TAG_SEQUENCE, '\u{1F3F4}');
  if (TAG.test(text)) return 'tag';
  if (MISPLACED_ZWNJ.test(text) || MISPLACED_ZWJ.test(text)) return 'joiner';
  if (FORMAT.test(text)) return 'format';
  if (HANGUL_FILLER.test(text)) return 'filler';
  if (UNASSIGNED.test(text)) return 'unassigned';
  if (TOO_MANY_MARKS.test(text)) return 'marks';
  return null;
}

/** The message a refused text shows: the marks rule asks for something else than the others. */
export function textFaultMessage(fault: TextFault): string {
  return fault === 'marks' ? TEXT_MARKS_MESSAGE : TEXT_HYGIENE_MESSAGE;
}

const clean = (multiline: boolean) => v.check(
  (value: string) => textFault(value, multiline) === null,
  (issue: v.CheckIssue<string>) => textFaultMessage(textFault(issue.input, multiline) ?? 'control'),
);
const newlines = v.transform((value: string) => value.replace(/\r\n?|[\u2028\u2029]/g, '\n'));

/** A one-line text: NFC, nothing invisible (see above), trimmed. */
export const text = (max: number) => v.pipe(v.string(), v.normalize('NFC'), clean(false), v.trim(), v.maxLength(max));
export const requiredText = (max: number) => v.pipe(text(max), v.minLength(1));
/** A text of several lines (bio, description, what I learned): newline and tab allowed. */
export const longText = (max: number) =>
  v.pipe(v.string(), newlines, v.normalize('NFC'), clean(true), v.trim(), v.maxLength(max));
/** An identifier: any printable text, by the one-line rule. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100), clean(false));
