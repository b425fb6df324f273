// JSON-in-text columns and 0/1 booleans, shared by SQLite and PostgreSQL.
export function parseJsonList<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

export const bool = (value: number): boolean => value === 1;
export const bit = (value: boolean): number => (value ? 1 : 0);
