// Text hygiene for every free text that reaches the server: what one database stores
// the other must store too, and nothing invisible may change how a text reads.
// - NFC: "å" typed on one phone and pasted from another compare equal.
// - Control characters: PostgreSQL refuses U+0000 (error 22021), so a text carrying it
//   would fail on every retry and jam the outbox behind it; the others are invisible.
//   Long texts keep newline and tab; a carriage return becomes a newline.
// - Lone surrogates: not text at all (SQLite would store invalid UTF-8).
// - Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069): "gnp.exe" with U+202E
//   reads "exe.png".
import * as v from 'valibot';

const CONTROL_SHORT = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_LONG = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export const TEXT_HYGIENE_MESSAGE =
  'Teksten indeholder usynlige styretegn, der ikke kan gemmes. Skriv teksten igen, eller indsæt den uden formatering.';

/** Why a text cannot be stored, or null when it can. */
export function textFault(value: string, multiline: boolean): 'control' | 'surrogate' | 'bidi' | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if ((multiline ? CONTROL_LONG : CONTROL_SHORT).test(value)) return 'control';
  if (BIDI_CONTROL.test(value)) return 'bidi';
  return null;
}

const clean = (multiline: boolean) => v.check<string, string>((value) => textFault(value, multiline) === null, TEXT_HYGIENE_MESSAGE);
const newlines = v.transform((value: string) => value.replace(/\r\n?/g, '\n'));

/** A one-line text: no control characters at all, NFC, trimmed. */
export const text = (max: number) => v.pipe(v.string(), clean(false), v.normalize('NFC'), v.trim(), v.maxLength(max));
export const requiredText = (max: number) => v.pipe(text(max), v.minLength(1));
/** A text of several lines (bio, description, what I learned): newline and tab allowed. */
export const longText = (max: number) =>
  v.pipe(v.string(), newlines, clean(true), v.normalize('NFC'), v.trim(), v.maxLength(max));
/** An identifier: any printable text, no controls, surrogates or bidi controls. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100), clean(false));
