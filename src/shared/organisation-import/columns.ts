// The columns of an organisation file from HR and payroll (KMD Opus, SD Løn, Silkeborg
// Data exports), matched by header in Danish or English, whatever the case and accents:
// "E-mail", "EMAIL", "Område" and "omrade" all match. Shared: the import screen shows the
// same names when a header must be mapped by hand.

export const IMPORT_COLUMNS = ['employeeNumber', 'name', 'email', 'title', 'unit', 'area', 'phone', 'leader'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns a file must have; the rest may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'email', 'title', 'unit', 'area'];

/** Each column's headers, already in the form `headerKey` gives (the first is the Danish name). */
const HEADERS: Record<ImportColumn, readonly string[]> = {
  employeeNumber: ['medarbejdernr', 'medarbejdernummer', 'medarbnr', 'employee_id', 'employeeid', 'employee_number', 'employeenumber'],
  name: ['navn', 'name', 'fulde_navn', 'full_name'],
  email: ['e_mail', 'email', 'mail', 'e_mailadresse', 'email_address'],
  title: ['stilling', 'title', 'stillingsbetegnelse', 'job_title'],
  unit: ['enhed', 'unit', 'afdeling', 'department'],
  area: ['omrade', 'area', 'forvaltning', 'division'],
  phone: ['telefon', 'phone', 'tlf', 'mobil', 'telefonnummer', 'phone_number'],
  leader: ['leder', 'leader', 'er_leder', 'is_leader'],
};

/** The Danish name of each column, as the import screen and the error messages say it. */
export const COLUMN_LABELS: Record<ImportColumn, string> = {
  employeeNumber: 'medarbejdernr', name: 'navn', email: 'e-mail', title: 'stilling', unit: 'enhed',
  area: 'område', phone: 'telefon', leader: 'leder',
};

/**
 * A header as compared: lower case, accents off (å → a; ø and æ, which Unicode does not
 * split, become o and ae), and every run of spaces, dots, hyphens or underscores one `_`.
 */
export function headerKey(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/ø/g, 'o').replace(/æ/g, 'ae')
    .replace(/[\s._-]+/g, '_').replace(/^_|_$/g, '');
}

const BY_KEY = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => HEADERS[column].map((key) => [key, column] as const)),
);

/** The column a header names, or null. `mapped` (header → column) are the user's own choices, which win. */
export function columnOf(header: string, mapped: Readonly<Record<string, ImportColumn>> = {}): ImportColumn | null {
  const own = Object.entries(mapped).find(([name]) => headerKey(name) === headerKey(header));
  if (own) return own[1];
  return BY_KEY.get(headerKey(header)) ?? null;
}
