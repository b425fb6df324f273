// Every text the app shows, Danish first (the default) and English second.
export const messages = {
  appName: { da: 'Videnbro', en: 'Videnbro' },
  skipToContent: { da: 'Spring til indhold', en: 'Skip to content' },
  navCatalogue: { da: 'Kompetencer', en: 'Competences' },
  mainNav: { da: 'Hovedmenu', en: 'Main menu' },
  language: { da: 'Sprog', en: 'Language' },
  loading: { da: 'Indlæser…', en: 'Loading…' },

  syncSection: { da: 'Synkronisering', en: 'Synchronisation' },
  statusOnline: { da: 'Online', en: 'Online' },
  statusOffline: { da: 'Offline – ændringer gemmes på telefonen', en: 'Offline – changes are kept on the phone' },
  statusSyncing: { da: 'Synkroniserer…', en: 'Syncing…' },
  statusError: { da: 'Kunne ikke synkronisere – prøver igen', en: 'Could not sync – retrying' },
  statusSignedOut: { da: 'Log ind igen for at sende dine ændringer', en: 'Sign in again to send your changes' },
  pendingCount_one: { da: '{n} ændring venter', en: '{n} change waiting' },
  pendingCount_other: { da: '{n} ændringer venter', en: '{n} changes waiting' },
  allSent: { da: 'Alt er sendt', en: 'Everything is sent' },
  newVersion: { da: 'Ny version klar', en: 'New version ready' },
  newVersionReload: { da: 'Opdater nu', en: 'Update now' },
  later: { da: 'Senere', en: 'Later' },

  email: { da: 'E-mail', en: 'E-mail' },
  code: { da: 'Kode (6 cifre)', en: 'Code (6 digits)' },
  signIn: { da: 'Log ind', en: 'Sign in' },
  signOut: { da: 'Log ud', en: 'Sign out' },
  textNotSaved: {
    da: 'Ændringen blev ikke gemt: en tekst er for lang eller indeholder usynlige styretegn. Ret den og prøv igen.',
    en: 'The change was not saved: a text is too long or contains invisible control characters. Correct it and try again.',
  },
  meTitle: { da: 'Mig', en: 'Me' },
  profile: { da: 'Min profil', en: 'My profile' },
  title: { da: 'Stilling', en: 'Job title' },
  phone: { da: 'Telefon', en: 'Phone' },
  bio: { da: 'Om mig', en: 'About me' },
  save: { da: 'Gem', en: 'Save' },
  saved: { da: 'Gemt på telefonen – sendes, når der er forbindelse.', en: 'Saved on the phone – sent when connected.' },

  addCompetence: { da: 'Tilføj kompetence', en: 'Add competence' },
  findCompetence: { da: 'Søg i kompetencekataloget', en: 'Search the competence catalogue' },
  noCatalogueMatch: { da: 'Ingen kompetencer matcher »{q}«.', en: 'No competences match “{q}”.' },
  chosen: { da: 'Valgt: {name}', en: 'Chosen: {name}' },
  level: { da: 'Niveau', en: 'Level' },
  level1: { da: 'Grundlæggende', en: 'Basic' },
  level2: { da: 'Erfaren', en: 'Experienced' },
  level3: { da: 'Ekspert', en: 'Expert' },
  canHelp: { da: 'Jeg kan hjælpe andre', en: 'I can help others' },
  canHelpBadge: { da: 'Kan hjælpe', en: 'Can help' },
  note: { da: 'Note (valgfri)', en: 'Note (optional)' },
  remove: { da: 'Fjern', en: 'Remove' },
  removeNamed: { da: 'Fjern {name}', en: 'Remove {name}' },
  edit: { da: 'Ret', en: 'Edit' },
  cancel: { da: 'Annuller', en: 'Cancel' },

  dismiss: { da: 'Skjul', en: 'Dismiss' },
  // directory: the search, its result cards, and the person and competence pages.
  directoryTitle: { da: 'Find kolleger', en: 'Find colleagues' },
  searchLabel: { da: 'Søg efter kompetence eller navn', en: 'Search for a competence or a name' },
  // The examples are competences of the catalogue, which is written in Danish: the English hint
  // gives the Danish words (glossed), since the English ones would find no one.
  searchHint: {
    da: 'Skriv fx demens, ordblindhed, fundraising eller et navn. Det virker også uden net.',
    en: 'Competences have Danish names: type e.g. demens (dementia), ordblindhed (dyslexia), fundraising or a name. It works offline too.',
  },
  searchLoading: { da: 'Gør kollegaerne klar til søgning…', en: 'Getting colleagues ready for search…' },
  filters: { da: 'Filtre', en: 'Filters' },
  filterArea: { da: 'Område', en: 'Area' },
  filterUnit: { da: 'Enhed', en: 'Unit' },
  filterAll: { da: 'Alle', en: 'All' },
  filterLevel: { da: 'Mindste niveau', en: 'Minimum level' },
  filterAnyLevel: { da: 'Alle niveauer', en: 'Any level' },
  filterCanHelp: { da: 'Kan hjælpe andre', en: 'Can help others' },
  filterSharers: { da: 'Kun videndelere', en: 'Knowledge sharers only' },
  sharerExplained: {
    da: 'En videndeler er udpeget i sit område til at dele viden og kan kontaktes med spørgsmål.',
    en: 'A knowledge sharer is appointed in their area to share knowledge and can be contacted with questions.',
  },
  activeFilters: { da: 'Aktive filtre:', en: 'Active filters:' },
  clearFilters: { da: 'Nulstil filtre', en: 'Clear filters' },
  results: { da: 'Resultater', en: 'Results' },
  resultCount_one: { da: '1 kollega fundet', en: '1 colleague found' },
  resultCount_other: { da: '{n} kolleger fundet', en: '{n} colleagues found' },
  resultCountMany_one: { da: 'Viser {shown} af {n} kollega', en: 'Showing {shown} of {n} colleague' },
  resultCountMany_other: { da: 'Viser {shown} af {n} kolleger', en: 'Showing {shown} of {n} colleagues' },
  noResults: { da: 'Ingen kolleger fundet for »{q}«.', en: 'No colleagues found for “{q}”.' },
  noResultsFiltered: { da: 'Ingen kolleger passer til filtrene.', en: 'No colleagues match the filters.' },
  typoReading: { da: 'Viser resultater for »{q}«.', en: 'Showing results for “{q}”.' },
  searchExactly: { da: 'Søg i stedet efter »{q}«', en: 'Search for “{q}” instead' },
  exactSearch: { da: 'Søger kun efter »{q}«, præcis som det er skrevet.', en: 'Searching only for “{q}”, exactly as written.' },
  searchSimilar: { da: 'Søg også efter ord, der ligner', en: 'Also search for similar words' },
  matchedIn: { da: 'Fundet i {fields}', en: 'Found in {fields}' },
  matchField_name: { da: 'navnet', en: 'the name' },
  matchField_unit: { da: 'enheden', en: 'the unit' },
  matchField_title: { da: 'stillingen', en: 'the job title' },
  matchField_note: { da: 'en note til en kompetence', en: 'a note on a competence' },
  matchField_area: { da: 'området', en: 'the area' },
  matchField_bio: { da: 'profilteksten', en: 'the profile text' },
  tryInstead: { da: 'Prøv i stedet:', en: 'Try instead:' },
  showMore_one: { da: 'Vis 1 mere', en: 'Show 1 more' },
  showMore_other: { da: 'Vis {n} flere', en: 'Show {n} more' },
  sharerBadge: { da: 'Videndeler', en: 'Knowledge sharer' },
  contact: { da: 'Kontakt', en: 'Contact' },
  call: { da: 'Ring til {name}', en: 'Call {name}' },
  contactCall: { da: 'Ring', en: 'Call' },
  competences: { da: 'Kompetencer', en: 'Competences' },
  catalogueTitle: { da: 'Kompetencekataloget', en: 'The competence catalogue' },
  // end of directory
  notFound: { da: 'Siden findes ikke.', en: 'The page does not exist.' },
  goHome: { da: 'Gå til forsiden', en: 'Go to the front page' },
  screenFailed: { da: 'Siden kunne ikke vises', en: 'This page could not be shown' },
  screenFailedHelp: {
    da: 'Noget på siden kan ikke læses. Resten af appen virker, og dine ændringer er gemt. Prøv igen, eller gå til forsiden.',
    en: 'Something on this page cannot be read. The rest of the app works, and your changes are kept. Try again, or go to the front page.',
  },
  tryAgain: { da: 'Prøv igen', en: 'Try again' },
  cardFailed: {
    da: 'Dette kort kan ikke vises, fordi noget i det ikke kan læses. Resten af listen er i orden.',
    en: 'This card cannot be shown because something in it cannot be read. The rest of the list is fine.',
  },

  // networks: the titles and notices the shell shows (the rest loads with the screens)
  networksTitle: { da: 'Netværk', en: 'Networks' },
  networkTitle: { da: 'Netværk', en: 'Network' },
  tasksGivenTitle: { da: 'Opgaver jeg har givet', en: 'Tasks I have given' },
  // end of networks

  // shell
  tabFind: { da: 'Find', en: 'Find' },
  tabNetworks: { da: 'Netværk', en: 'Networks' },
  // Short enough for five tabs on a 320 px phone; the section's own title says "Arrangementer".
  tabEvents: { da: 'Kalender', en: 'Events' },
  tabLearning: { da: 'Læring', en: 'Learning' },
  tabMe: { da: 'Mig', en: 'Me' },
  back: { da: 'Tilbage', en: 'Back' },
  titlePerson: { da: 'Kollega', en: 'Colleague' },
  titleCompetence: { da: 'Kompetence', en: 'Competence' },
  otherLanguage: { da: 'English', en: 'Dansk' },
  close: { da: 'Luk', en: 'Close' },
  chipOffline: { da: 'Offline', en: 'Offline' },
  rejectedCount_one: { da: '1 ikke gennemført', en: '1 not accepted' },
  rejectedCount_other: { da: '{n} ikke gennemført', en: '{n} not accepted' },
  syncExplain: {
    da: 'Dine ændringer gemmes på telefonen og sendes, så snart der er forbindelse.',
    en: 'Your changes are kept on the phone and sent as soon as there is a connection.',
  },
  notYetSynced: { da: 'Henter fra serveren …', en: 'Fetching from the server …' },
  notYetSyncedOffline: { da: 'Ikke hentet endnu – vises, når der er forbindelse.', en: 'Not fetched yet – shown when connected.' },
  firstSyncStarting: { da: 'Henter kolleger …', en: 'Fetching colleagues …' },
  firstSyncPeople_one: { da: 'Henter kolleger … {n} hentet', en: 'Fetching colleagues … {n} received' },
  firstSyncPeople_other: { da: 'Henter kolleger … {n} hentet', en: 'Fetching colleagues … {n} received' },
  firstSyncHint: { da: 'Du kan allerede søge blandt dem, der er hentet.', en: 'You can already search those received.' },
  noticesNew_one: { da: '1 ny besked', en: '1 new notice' },
  noticesNew_other: { da: '{n} nye beskeder', en: '{n} new notices' },
  retry: { da: 'Prøv igen', en: 'Try again' },
  undo: { da: 'Fortryd', en: 'Undo' },
  settings: { da: 'Indstillinger', en: 'Settings' },
  installIntro: {
    da: 'Så åbner Videnbro som en app, med ét tryk – også uden net.',
    en: 'Then Videnbro opens like an app, with one tap – offline too.',
  },
  installOffer: {
    da: 'Kollegerne er hentet. Læg Videnbro på hjemmeskærmen, så åbner den som en app – også uden net.',
    en: 'Your colleagues are here. Add Videnbro to your home screen to open it like an app – offline too.',
  },
  // events: the titles the shell shows (the rest loads with the screens)
  eventsTitle: { da: 'Arrangementer', en: 'Events' },
  eventTitle: { da: 'Arrangement', en: 'Event' },
  posterTitle: { da: 'Plakat', en: 'Poster' },
  checkinTitle: { da: 'Tjek ind', en: 'Check in' },
  eventNew: { da: 'Nyt arrangement', en: 'New event' },
  eventEdit: { da: 'Ret arrangement', en: 'Edit event' },
  scanTitle: { da: 'Scan QR', en: 'Scan QR' },
  // learning: the titles the shell shows (the rest loads with the screens)
  learningNew: { da: 'Ny læring', en: 'New learning' },
  learningMeeting: { da: 'Det lærende møde', en: 'The learning meeting' },
  // units: the title the shell shows (the rest loads with the screen)
  unitTitle: { da: 'Enhed', en: 'Unit' },
} as const satisfies Record<string, { da: string; en: string }>;

/**
 * A section's own texts live beside its screens (src/shared/i18n/sections/) and join the
 * catalogue when those screens load: the first paint carries only what it shows. The
 * types are imported as types, so every key is still checked by tsc.
 */
export type MessageKey = keyof typeof messages
  | keyof typeof import('./sections/networks').networkMessages
  | keyof typeof import('./sections/events').eventMessages
  | keyof typeof import('./sections/scanner').scannerMessages
  | keyof typeof import('./sections/learning').learningMessages
  | keyof typeof import('./sections/learning-notices').learningNoticeMessages
  | keyof typeof import('./sections/units').unitMessages
  | keyof typeof import('./sections/unit-links').unitLinkMessages
  | keyof typeof import('./sections/sign-in').signInMessages
  | keyof typeof import('./sections/me').meMessages
  | keyof typeof import('./sections/left-behind').leftBehindMessages
  | keyof typeof import('./sections/people').peopleMessages
  | keyof typeof import('./sections/mutation-labels').mutationLabelMessages;
export type UiLang = 'da' | 'en';
export type Catalogue = Record<string, { da: string; en: string }>;

const catalogue: Catalogue = { ...messages };

export function registerMessages(block: Catalogue): void {
  Object.assign(catalogue, block);
}

export function translate(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  // A key of a section whose screens have not loaded yet shows as itself (a bug to see).
  const text = catalogue[key]?.[lang] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
