// A setting that names an address (PUBLIC_URL, ALLOWED_ORIGINS, PUSH_ALLOWED_ORIGINS), read
// as its origin: config.ts and notifications/push-settings.ts both use it, neither through the other.
/** An http(s) URL reduced to its origin ("https://host[:port]"); throws on anything else. */
export function originOf(value: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${setting} er ikke en gyldig adresse: ${value} (${setting} is not a valid URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${setting} skal begynde med http:// eller https:// (${setting} must start with http:// or https://)`);
  }
  return url.origin;
}
