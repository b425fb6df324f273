// What an import changes, person by person, as the dry run shows it (the command's lists
// and the import screen): each list holds at most PREVIEW_MAX entries; the summary's
// counts say how many there are in all.
export const PREVIEW_MAX = 200;

export const PERSON_FIELDS = ['employeeNumber', 'name', 'email', 'title', 'phone', 'roles'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface ImportPreview {
  areas: string[];
  units: { name: string; area: string }[];
  created: { line: number; name: string; email: string; unit: string }[];
  moved: { line: number; name: string; from: string; to: string }[];
  changed: { line: number; name: string; fields: { field: PersonField; before: string; after: string }[] }[];
  leaders: { line: number; name: string }[];
  reactivated: { line: number; name: string }[];
  deactivated: { name: string; email: string }[];
}
