// An event's participant list as a CSV for the organizer's Excel: name, e-mail, status,
// place on the waiting list, present. Written by the shared CSV writer (src/shared/csv.ts).
import type { Person } from '../../../shared/entities/organisation';
import type { Signup } from '../../../shared/entities/seminar';
import type { MessageKey } from '../../../shared/i18n/messages';
import { buildCsv } from '../../../shared/csv';
import '../../../shared/i18n/sections/events';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface ParticipantRow {
  row: Signup;
  person: Pick<Person, 'name' | 'email'> | undefined;
}

export function participantsCsv(rows: readonly ParticipantRow[], t: Translate): string {
  return buildCsv(
    [t('csvName'), t('csvEmail'), t('csvStatus'), t('csvPosition'), t('csvPresent')],
    rows.map(({ row, person }) => [
      person?.name ?? row.personId, person?.email ?? '',
      row.status === 'confirmed' ? t('stateConfirmed') : t('waitlistTitle'), row.position ?? '',
      row.checkedInAt ? t('csvYes') : t('csvNo'),
    ]),
  );
}
