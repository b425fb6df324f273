// Building blocks shared by every entity and mutation schema.
import * as v from 'valibot';

/** Ids are strings; clients create UUIDs so that a replayed create makes the same row. */
export { Id, text, requiredText, longText, textFault, TEXT_HYGIENE_MESSAGE } from './clean-text';
export const Uuid = v.pipe(v.string(), v.uuid());
/** A server version; entity values carry it only where a mutation needs it (learning). */
export const Version = v.pipe(v.number(), v.integer(), v.minValue(0));
export const IsoTime = v.pipe(v.string(), v.isoTimestamp());
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = v.pipe(v.string(), v.isoDate());


/** The 11 characteristics of the learning organisation, numbered as the plan does. */
export const Dlo = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(11))), v.maxLength(11));
