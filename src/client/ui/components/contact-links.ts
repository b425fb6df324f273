// The numbers and addresses behind contact links: a phone number as a tel:/sms: link wants it.
import type { Person } from '../../../shared/entities';

/** Digits and a leading +, or undefined when the person's number is hidden or empty. */
export function dialable(person: Pick<Person, 'phone'>): string | undefined {
  const digits = person.phone?.replace(/[^+0-9]/g, '');
  return digits ? digits : undefined;
}
