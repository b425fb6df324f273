// Stable error codes, for programs, and the Danish (default) and English texts shown
// to the user. Every message says what happened and what the user can do.
export const errorMessages = {
  bad_json: {
    da: 'Forespørgslen kunne ikke læses (ugyldig JSON). Opdater appen og prøv igen.',
    en: 'The request could not be read (invalid JSON). Update the app and try again.',
  },
  invalid_request: {
    da: 'Forespørgslen indeholder ugyldige eller ukendte felter. Opdater appen og prøv igen.',
    en: 'The request has invalid or unknown fields. Update the app and try again.',
  },
  unsupported_media_type: {
    da: 'Forespørgslen skal sendes som JSON.',
    en: 'The request must be sent as JSON.',
  },
  too_many_mutations: {
    da: 'For mange ændringer i én forsendelse (højst 500). Appen sender resten bagefter.',
    en: 'Too many changes in one request (500 at most). The app sends the rest afterwards.',
  },
  payload_too_large: {
    da: 'Forespørgslen er for stor. Gør teksten kortere og prøv igen.',
    en: 'The request is too large. Shorten the text and try again.',
  },
  not_signed_in: {
    da: 'Du er ikke logget ind. Log ind igen – dine ændringer er gemt og sendes bagefter.',
    en: 'You are not signed in. Sign in again – your changes are kept and sent afterwards.',
  },
  forbidden: {
    da: 'Du har ikke adgang til dette.',
    en: 'You do not have access to this.',
  },
  foreign_origin: {
    da: 'Forespørgslen kom fra en anden hjemmeside og blev afvist.',
    en: 'The request came from another website and was refused.',
  },
  client_taken: {
    da: 'Denne enhed er knyttet til en anden bruger. Log ud og ind igen.',
    en: 'This device belongs to another user. Sign out and in again.',
  },
  mutation_gap: {
    da: 'Ændringerne kom i forkert rækkefølge. Appen prøver igen automatisk.',
    en: 'The changes arrived out of order. The app retries automatically.',
  },
  rate_limited: {
    da: 'For mange forsøg lige nu. Vent et minut og prøv igen.',
    en: 'Too many attempts right now. Wait a minute and try again.',
  },
  not_found: {
    da: 'Siden eller ressourcen findes ikke.',
    en: 'The page or resource does not exist.',
  },
  method_not_allowed: {
    da: 'Adressen findes, men ikke til denne slags forespørgsel. Opdater appen og prøv igen.',
    en: 'The address exists, but not for this kind of request. Update the app and try again.',
  },
  internal: {
    da: 'Der skete en fejl på serveren. Dine ændringer er gemt og sendes igen senere.',
    en: 'Something went wrong on the server. Your changes are kept and sent again later.',
  },
  invalid_email: {
    da: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
    en: 'Enter a valid e-mail address, e.g. name@municipality.dk.',
  },
  invalid_code: {
    da: 'Koden er forkert eller udløbet. Bed om en ny kode.',
    en: 'The code is wrong or has expired. Ask for a new code.',
  },
  demo_disabled: {
    da: 'Demo-login er slået fra på denne server.',
    en: 'Demo sign-in is turned off on this server.',
  },
  unknown_mutation: {
    da: 'Appen sendte en ændring, serveren ikke kender. Opdater appen.',
    en: 'The app sent a change the server does not know. Update the app.',
  },
  not_available_yet: {
    da: 'Denne funktion er ikke åbnet endnu, så ændringen blev ikke gemt.',
    en: 'This feature is not open yet, so the change was not saved.',
  },
  invalid_args: {
    da: 'Ændringen indeholdt ugyldige oplysninger og blev ikke gemt. Ret felterne og prøv igen.',
    en: 'The change had invalid data and was not saved. Correct the fields and try again.',
  },
  competence_not_found: {
    da: 'Kompetencen findes ikke længere i kataloget. Vælg en anden.',
    en: 'The competence no longer exists in the catalogue. Choose another.',
  },
  not_allowed: {
    da: 'Du har ikke lov til at foretage denne ændring.',
    en: 'You are not allowed to make this change.',
  },
} as const satisfies Record<string, { da: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Lang = 'da' | 'en';

export function errorMessage(code: ErrorCode, lang: Lang = 'da'): string {
  return errorMessages[code][lang];
}

/** A refusal of a mutation by a business rule: becomes a `rejected` result, never a 5xx. */
export class MutationRefusal extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = 'MutationRefusal';
  }
}
