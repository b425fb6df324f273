// JSON-in-text columns and 0/1 booleans, shared by SQLite and PostgreSQL.
export function parseJsonList<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

export const bool = (value: number): boolean => value === 1;
export const bit = (value: boolean): number => (value ? 1 : 0);

/** A JSON object's entries; anything else (or text that is not JSON) reads as none. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
