// Sign-in with the municipality's own work account (OpenID Connect, issue 21), configured
// by environment. Absent OIDC_ISSUER, there is none; a half configuration stops the server
// with one line saying what is missing.
export interface OidcSettings {
  /** The provider's issuer (its discovery document is `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** Null for a public client (OIDC_CLIENT_AUTH=none): PKCE alone protects the code. */
  clientSecret: string | null;
  scopes: string;
  /** The ID token claim that holds the e-mail address (Entra ID often `preferred_username` or `upn`). */
  emailClaim: string;
  /** A claim matched against HR's employee number before the e-mail, when set. */
  employeeIdClaim: string | null;
  /** Who to contact when the work account is not known here (shown on the refusal). */
  contact: string;
  /**
   * OIDC_CREATE_PEOPLE=1 with OIDC_NEW_PEOPLE_UNIT: a work account not yet known is made a
   * person in that unit (the "new employees" unit) instead of refused. Null: refused.
   */
  newPeopleUnit: string | null;
  /**
   * OIDC_LOGOUT=1: signing out of Videnbro after a work-account sign-in also ends the
   * provider's session (RP-initiated logout), when the provider names an end-session endpoint.
   */
  logout: boolean;
}

export function oidcSettingsFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_CLIENT_ID mangler (OIDC_ISSUER er sat). (OIDC_CLIENT_ID is missing.)');
  const publicClient = env.OIDC_CLIENT_AUTH === 'none';
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() || null;
  if (!publicClient && !clientSecret) {
    throw new Error('OIDC_CLIENT_SECRET mangler – eller sæt OIDC_CLIENT_AUTH=none for en offentlig klient. (OIDC_CLIENT_SECRET is missing.)');
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER er ikke en adresse: ${issuer} (OIDC_ISSUER is not a URL.)`);
  }
  if (url.protocol !== 'https:' && !isLoopback(url)) throw new Error('OIDC_ISSUER skal bruge https. (OIDC_ISSUER must use https.)');
  return {
    issuer,
    clientId,
    clientSecret: publicClient ? null : clientSecret,
    scopes: env.OIDC_SCOPES?.trim() || 'openid email profile',
    emailClaim: env.OIDC_EMAIL_CLAIM?.trim() || 'email',
    employeeIdClaim: env.OIDC_EMPLOYEE_ID_CLAIM?.trim() || null,
    contact: env.SUPPORT_CONTACT?.trim() || 'din IT-afdeling',
    newPeopleUnit: newPeopleUnitOf(env),
    logout: isOn(env.OIDC_LOGOUT),
  };
}

function newPeopleUnitOf(env: NodeJS.ProcessEnv): string | null {
  if (!isOn(env.OIDC_CREATE_PEOPLE)) return null;
  const unit = env.OIDC_NEW_PEOPLE_UNIT?.trim();
  if (!unit) throw new Error('OIDC_NEW_PEOPLE_UNIT mangler: hvilken enhed nye medarbejdere kommer i (OIDC_CREATE_PEOPLE=1). (OIDC_NEW_PEOPLE_UNIT is missing.)');
  return unit;
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Plain http only to a provider on this machine (development and tests). */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}
