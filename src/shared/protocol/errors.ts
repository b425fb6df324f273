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
  pulse_not_found: {
    da: 'Temperaturmålingen findes ikke (længere). Hent de seneste data og prøv igen.',
    en: 'The pulse check does not exist (any more). Fetch the latest data and try again.',
  },
  pulse_not_in_scope: {
    da: 'Temperaturmålingen er for en anden enhed eller et andet område end dit.',
    en: 'The pulse check is for another unit or area than yours.',
  },
  pulse_not_open_yet: {
    da: 'Temperaturmålingen er ikke åbnet endnu. Svar, når den åbner.',
    en: 'The pulse check has not opened yet. Answer when it opens.',
  },
  pulse_closed: {
    da: 'Temperaturmålingen er lukket, så svaret kom ikke med.',
    en: 'The pulse check has closed, so the answer was not included.',
  },
  pulse_already_answered: {
    da: 'Du har allerede svaret på denne temperaturmåling (fra en anden enhed). Et svar kan kun ændres fra den telefon, det blev givet på.',
    en: 'You have already answered this pulse check (from another device). An answer can only be changed from the phone it was given on.',
  },
  pulse_answer_invalid: {
    da: 'Svaret passer ikke til temperaturmålingens spørgsmål. Hent de seneste data og svar igen.',
    en: 'The answer does not fit the pulse check\'s questions. Fetch the latest data and answer again.',
  },
  pulse_scope_too_small: {
    da: 'Der er færre end 5 personer i enheden eller området, så svarene ville ikke være anonyme. Vælg et større område.',
    en: 'There are fewer than 5 people in the unit or area, so the answers would not be anonymous. Choose a wider scope.',
  },
  pulse_times_invalid: {
    da: 'Temperaturmålingen skal lukke efter den åbner, og lukketidspunktet skal ligge i fremtiden.',
    en: 'The pulse check must close after it opens, and the closing time must be in the future.',
  },
  pulse_scope_invalid: {
    da: 'Vælg den enhed eller det område, målingen gælder – eller hele kommunen uden enhed.',
    en: 'Choose the unit or area the pulse check is for – or the whole municipality without one.',
  },
  database_unavailable: {
    da: 'Serveren kan ikke nå sin database lige nu. Dine ændringer er gemt og sendes, når den er tilbage.',
    en: 'The server cannot reach its database just now. Your changes are kept and sent when it is back.',
  },
  invalid_email: {
    da: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
    en: 'Enter a valid e-mail address, e.g. name@municipality.dk.',
  },
  invalid_code: {
    // A code works only in the browser that asked for it (its nonce cookie).
    da: 'Koden er forkert eller udløbet, eller den blev bestilt i en anden browser. Bed om en ny kode her.',
    en: 'The code is wrong, has expired or was asked for in another browser. Ask for a new code here.',
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
  seminar_not_found: {
    da: 'Arrangementet findes ikke længere. Det kan være slettet af arrangøren.',
    en: 'The event no longer exists. The organizer may have deleted it.',
  },
  seminar_cancelled: {
    da: 'Arrangementet er aflyst, så tilmeldingen blev ikke gemt.',
    en: 'The event is cancelled, so the sign-up was not saved.',
  },
  signup_deadline_passed: {
    da: 'Tilmeldingsfristen er overskredet. Kontakt arrangøren, hvis du stadig gerne vil med.',
    en: 'The sign-up deadline has passed. Contact the organizer if you would still like to come.',
  },
  seminar_ended: {
    da: 'Arrangementet er slut, så det kan ikke ændres eller tilmeldes længere.',
    en: 'The event is over, so it can no longer be changed or signed up for.',
  },
  seminar_times_invalid: {
    da: 'Sluttidspunktet skal ligge efter starttidspunktet. Ret tiderne og prøv igen.',
    en: 'The end must be after the start. Correct the times and try again.',
  },
  capacity_below_confirmed: {
    da: 'Der er flere bekræftede deltagere end den nye kapacitet. Sæt kapaciteten mindst til antallet af bekræftede, eller afmeld deltagere først – ingen flyttes ud uden besked.',
    en: 'More participants are confirmed than the new capacity. Set the capacity to at least the number confirmed, or cancel participants first – nobody is moved out without notice.',
  },
  network_not_found: {
    da: 'Netværket findes ikke længere. Vælg et andet.',
    en: 'The network no longer exists. Choose another.',
  },
  checkin_code_invalid: {
    da: 'Check-in-koden hører ikke til dette arrangement. Scan den kode, arrangøren viser nu.',
    en: 'The check-in code does not belong to this event. Scan the code the organizer shows now.',
  },
  checkin_code_replaced: {
    da: 'Arrangøren har skiftet check-in-koden. Scan den kode, arrangøren viser nu, eller bed arrangøren om at registrere dig.',
    en: 'The organizer has replaced the check-in code. Scan the code the organizer shows now, or ask the organizer to register you.',
  },
  checkin_too_early: {
    da: 'Indtjekningen åbner 1 time før arrangementet starter. Scan koden igen, når du er der.',
    en: 'Check-in opens 1 hour before the event starts. Scan the code again when you are there.',
  },
  checkin_too_late: {
    da: 'Indtjekningen er lukket: man kan tjekke ind indtil 2 timer efter arrangementets slut, og en scanning uden net skal nå frem inden for 12 timer. Bed arrangøren om at registrere dig.',
    en: 'Check-in is closed: you can check in until 2 hours after the event ends, and a scan made offline must arrive within 12 hours. Ask the organizer to register you.',
  },
  checkin_dated_before_code: {
    da: 'Scanningen er dateret, før koden blev vist – telefonens ur går forkert. Stil uret, og scan koden igen.',
    en: "The scan is dated before the code was shown – your phone's clock is wrong. Set the clock and scan the code again.",
  },
  attendance_too_early: {
    da: 'Fremmøde kan registreres fra 1 time før arrangementet starter.',
    en: 'Attendance can be recorded from 1 hour before the event starts.',
  },
  attendance_too_late: {
    da: 'Fremmødet kan kun rettes indtil 14 dage efter arrangementet; derefter står tallene fast.',
    en: 'Attendance can only be corrected until 14 days after the event; after that the figures stand.',
  },
  not_signed_up: {
    da: 'Du er ikke tilmeldt med en plads til dette arrangement. Vis arrangøren din telefon, så kan du blive registreret.',
    en: 'You do not have a confirmed place at this event. Show the organizer your phone to be registered.',
  },
  last_coordinator: {
    da: 'Et netværk skal altid have mindst én koordinator. Gør først en anden til koordinator.',
    en: 'A network must always have at least one coordinator. Make someone else coordinator first.',
  },
  not_a_member: {
    da: 'Personen er ikke medlem af netværket (længere).',
    en: 'The person is not (or no longer) a member of the network.',
  },
  task_not_found: {
    da: 'Opgaven findes ikke længere.',
    en: 'The task no longer exists.',
  },
  not_allowed: {
    da: 'Du har ikke lov til at foretage denne ændring.',
    en: 'You are not allowed to make this change.',
  },
  unit_not_found: {
    da: 'Enheden findes ikke længere. Den kan være lagt sammen med en anden.',
    en: 'The unit no longer exists. It may have been merged with another.',
  },
  not_unit_leader: {
    da: 'Kun enhedens leder eller en administrator kan ændre enhedens kerneviden og strategi.',
    en: "Only the unit's leader or an administrator can change the unit's core knowledge and strategy.",
  },
  need_out_of_range: {
    da: 'Behovet skal være et helt antal personer fra 0 til 500. Ret tallet og prøv igen.',
    en: 'The need must be a whole number of people from 0 to 500. Correct the number and try again.',
  },
  learning_meeting_in_future: {
    da: 'Det lærende møde kan ikke ligge ude i fremtiden. Vælg det tidspunkt, mødet blev holdt.',
    en: 'The learning meeting cannot be in the future. Choose the time the meeting was held.',
  },
  learning_not_found: {
    da: 'Læringen findes ikke længere – den kan være slettet på en anden enhed. Din tekst er gemt her, så du kan kopiere den.',
    en: 'The learning no longer exists – it may have been deleted on another device. Your text is kept here so you can copy it.',
  },
  learning_not_author: {
    da: 'Kun den, der har skrevet læringen, kan ændre eller slette den.',
    en: 'Only the person who wrote the learning can change or delete it.',
  },
  learning_network_not_member: {
    da: 'Du kan kun dele en læring med et netværk, du er aktivt medlem af. Vælg en anden synlighed, eller meld dig ind i netværket først.',
    en: 'You can only share a learning with a network you are an active member of. Choose another visibility, or join the network first.',
  },
  learning_too_many_conflicts: {
    da: 'Læringen har for mange versioner, der venter på at blive samlet. Saml versionerne først, og gem så din ændring igen.',
    en: 'The learning has too many versions waiting to be merged. Merge the versions first, then save your change again.',
  },
  area_not_found: {
    da: 'Området findes ikke. Vælg et andet område, eller opret det først.',
    en: 'The area does not exist. Choose another area, or create it first.',
  },
  person_not_found: {
    da: 'Personen findes ikke i Videnbro. Søg personen frem igen.',
    en: 'The person does not exist in Videnbro. Find the person again.',
  },
  last_admin: {
    da: 'Der skal være mindst én administrator. Giv en anden administratorrollen først.',
    en: 'There must be at least one administrator. Give someone else the administrator role first.',
  },
  competence_name_taken: {
    da: 'Der findes allerede en kompetence med det navn. Vælg et andet navn, eller slå de to sammen.',
    en: 'A competence with that name already exists. Choose another name, or merge the two.',
  },
  competence_merge_same: {
    da: 'En kompetence kan ikke slås sammen med sig selv. Vælg den kompetence, den skal indgå i.',
    en: 'A competence cannot be merged into itself. Choose the competence it should become part of.',
  },
  unit_merge_same: {
    da: 'En enhed kan ikke slås sammen med sig selv. Vælg den enhed, den skal indgå i.',
    en: 'A unit cannot be merged into itself. Choose the unit it should become part of.',
  },
  delete_confirm_mismatch: {
    da: 'Skriv din egen e-mailadresse præcis, som den står på din profil, for at bekræfte sletningen.',
    en: 'Type your own e-mail address exactly as it is on your profile to confirm the deletion.',
  },
  delete_leader_handover: {
    da: 'Du er leder af en enhed. Bed en administrator give lederrollen videre, før du sletter din konto.',
    en: 'You lead a unit. Ask an administrator to hand the leader role on before you delete your account.',
  },
  delete_coordinator_handover: {
    da: 'Du er den eneste koordinator af et netværk med medlemmer. Gør en anden til koordinator først.',
    en: 'You are the only coordinator of a network with members. Make someone else coordinator first.',
  },
  email_codes_off: {
    da: 'Log ind med din arbejdskonto – koder på e-mail er slået fra her.',
    en: 'Sign in with your work account – e-mail codes are turned off here.',
  },
  oidc_not_configured: {
    da: 'Log ind med arbejdskonto er ikke sat op på denne server. Brug en kode på e-mail.',
    en: 'Work-account sign-in is not set up on this server. Use an e-mail code.',
  },
  oidc_state_invalid: {
    da: 'Login blev ikke gennemført i tide, eller siden blev åbnet igen. Tryk på "Log ind med din arbejdskonto" igen.',
    en: 'The sign-in was not completed in time, or the page was opened again. Tap "Sign in with your work account" again.',
  },
  oidc_failed: {
    da: 'Login med arbejdskontoen mislykkedes – intet er gemt. Prøv igen; sker det igen, så kontakt IT-afdelingen.',
    en: 'Signing in with the work account failed – nothing was saved. Try again; if it happens again, contact IT.',
  },
  oidc_provider_unavailable: {
    da: 'Kommunens login-tjeneste svarer ikke lige nu. Prøv igen om lidt.',
    en: 'The municipality\'s sign-in service is not answering right now. Try again in a moment.',
  },
  oidc_missing_claim: {
    da: 'Din arbejdskonto sendte ikke din e-mailadresse, så Videnbro kan ikke se, hvem du er. Kontakt IT-afdelingen.',
    en: 'Your work account did not send your e-mail address, so Videnbro cannot tell who you are. Contact IT.',
  },
  oidc_unknown_person: {
    da: 'Din arbejdskonto er ikke kendt i Videnbro. Kontakt den, der står nedenfor, så du kan komme med.',
    en: 'Your work account is not known in Videnbro. Contact the person below to be added.',
  },
  push_endpoint_not_allowed: {
    da: 'Beskeder kan ikke sendes til denne browsers push-tjeneste. Brug en opdateret Chrome, Edge, Firefox eller Safari.',
    en: 'Notifications cannot be sent to this browser\'s push service. Use an up-to-date Chrome, Edge, Firefox or Safari.',
  },
  push_keys_invalid: {
    da: 'Browseren sendte et abonnement på beskeder, der ikke kan bruges. Slå beskeder fra og til igen.',
    en: 'The browser sent a notification subscription that cannot be used. Turn notifications off and on again.',
  },
  metrics_not_allowed: {
    da: 'Målingerne kan kun hentes med den rigtige METRICS_TOKEN eller fra selve serveren.',
    en: 'The metrics can only be read with the right METRICS_TOKEN or from the server itself.',
  },
  push_test_too_often: {
    da: 'Du har sendt flere prøvebeskeder lige efter hinanden. Vent et par minutter, og prøv igen.',
    en: 'You have sent several test messages in a row. Wait a few minutes and try again.',
  },
  push_test_failed: {
    da: 'Prøvebeskeden kunne ikke sendes lige nu. Prøv igen om lidt.',
    en: 'The test message could not be sent just now. Try again in a moment.',
  },
  import_unreadable_file: {
    da: 'Filen kan ikke læses som CSV eller Excel (XLSX). Gem den fra løn- og personalesystemet som CSV eller XLSX, og prøv igen.',
    en: 'The file cannot be read as CSV or Excel (XLSX). Save it from the HR system as CSV or XLSX and try again.',
  },
  import_empty_file: {
    da: 'Filen har ingen medarbejdere – kun en overskrift eller slet intet. Vælg filen med alle medarbejdere.',
    en: 'The file holds no employees – only a header or nothing at all. Choose the file with every employee.',
  },
  import_file_too_large: {
    da: 'Filen er for stor (højst 20 MB og 100.000 linjer). Fjern kolonner, der ikke skal bruges, eller del filen op.',
    en: 'The file is too large (20 MB and 100,000 lines at most). Remove columns that are not used, or split the file.',
  },
  import_missing_columns: {
    da: 'Filen mangler kolonner, som skal være der. Tilføj dem, eller vælg hvilken kolonne der svarer til dem.',
    en: 'The file lacks columns it must have. Add them, or choose which column matches them.',
  },
  import_missing_value: {
    da: 'Linjen mangler en værdi, som skal være der. Udfyld den i filen, og prøv igen.',
    en: 'The line lacks a value it must have. Fill it in in the file and try again.',
  },
  import_unit_without_area: {
    da: 'Enheden har intet område. Skriv området (fx Ældre og Sundhed) på linjen.',
    en: 'The unit has no area. Write the area (e.g. Elderly care and Health) on the line.',
  },
  import_invalid_email: {
    da: 'E-mailadressen er ikke gyldig. Ret den i filen, fx navn@kommune.dk.',
    en: 'The e-mail address is not valid. Correct it in the file, e.g. name@municipality.dk.',
  },
  import_duplicate_email: {
    da: 'Samme e-mailadresse står på en anden linje i filen. Hver medarbejder skal have sin egen.',
    en: 'The same e-mail address is on another line of the file. Each employee needs their own.',
  },
  import_duplicate_number: {
    da: 'Samme medarbejdernummer står på en anden linje i filen. Ret eller fjern den ene linje.',
    en: 'The same employee number is on another line of the file. Correct or remove one of the lines.',
  },
  import_email_taken: {
    da: 'E-mailadressen hører til en anden medarbejder i Videnbro (med et andet medarbejdernummer). Ret adressen eller nummeret i filen.',
    en: 'The e-mail address belongs to another employee in Videnbro (with another employee number). Correct the address or the number in the file.',
  },
  import_invalid_text: {
    da: 'Feltet indeholder tegn, som ikke kan gemmes (usynlige tegn eller linjeskift), eller er for langt. Ret det i filen.',
    en: 'The field holds characters that cannot be saved (invisible characters or line breaks), or is too long. Correct it in the file.',
  },
  import_invalid_leader: {
    da: 'Leder skal være ja eller nej (eller x, 1 eller 0). Ret værdien i filen.',
    en: 'Leader must be yes or no (or x, 1 or 0). Correct the value in the file.',
  },
  import_formula: {
    da: 'Feltet er en regnearksformel (begynder med =), ikke en værdi. Gem værdien som tekst i filen.',
    en: 'The field is a spreadsheet formula (starts with =), not a value. Save the value as text in the file.',
  },
  import_two_leaders: {
    da: 'To eller flere er markeret som leder af samme enhed. De får alle lederrollen – tjek, at det er meningen.',
    en: 'Two or more people are marked as leader of the same unit. All get the leader role – check that this is intended.',
  },
  import_mass_deactivation: {
    da: 'Filen ville deaktivere mere end halvdelen af medarbejderne. Tjek, at det er hele kommunens fil og ikke et udtræk af én forvaltning.',
    en: 'The file would deactivate more than half of the employees. Check that it is the whole municipality and not one division.',
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
