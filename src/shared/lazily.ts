// A value made on first use and kept: for Intl objects, whose first one costs tens of
// milliseconds (the locale data loads) and should not be paid while a module loads.
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
