// Building blocks shared by every entity and mutation schema.
import * as v from 'valibot';
import { isCalendarDate, toInstant } from './instant';

/** Ids are strings; clients create UUIDs so that a replayed create makes the same row. */
export { Id, text, requiredText, longText, textFault, TEXT_HYGIENE_MESSAGE } from './clean-text';
export const Uuid = v.pipe(v.string(), v.uuid());
/** A server version; entity values carry it only where a mutation needs it (learning). */
export const Version = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A time, read at the edge into the one canonical UTC form (instant.ts); unreadable ones are refused. */
export const IsoTime = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const instant = toInstant(dataset.value);
    if (instant === null) {
      addIssue({ message: 'Tidspunktet kan ikke læses. Skriv det som 2027-01-20T10:00:00Z eller med en forskydning som +01:00.' });
      return NEVER;
    }
    return instant;
  }),
);
/**
 * A time as a row holds it. Entity schemas describe rows as the server stores and sends
 * them, and a row is the server's truth: a stored time this app cannot read still reaches
 * the device, where its card says so ("ukendt tidspunkt", instantMs), instead of the row
 * being lost. Writes are judged by IsoTime in the mutation schemas, which refuses it.
 */
export const StoredTime = v.string();
/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = v.pipe(v.string(), v.check(isCalendarDate, 'Datoen findes ikke. Skriv den som 2027-01-20.'));


/** The 11 characteristics of the learning organisation, numbered as the plan does. */
export const Dlo = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(11))), v.maxLength(11));
