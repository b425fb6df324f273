// Every text the first paint shows, in Danish (the default). Their English is in
// messages-en.ts, loaded before the first paint only when English is chosen (app-lang.ts):
// a Danish phone does not download it. Sections' texts carry both (sections/).
export const messages = {
  appName: { da: 'Videnbro' },
  skipToContent: { da: 'Spring til indhold' },
  navCatalogue: { da: 'Kompetencer' },
  mainNav: { da: 'Hovedmenu' },
  loading: { da: 'Indlæser…' },

  syncSection: { da: 'Synkronisering' },
  statusOnline: { da: 'Online' },
  statusOffline: { da: 'Offline – ændringer gemmes på telefonen' },
  statusSyncing: { da: 'Synkroniserer…' },
  statusError: { da: 'Kunne ikke synkronisere – prøver igen' },
  statusSignedOut: { da: 'Log ind igen for at sende dine ændringer' },
  pendingCount_one: { da: '{n} ændring venter' },
  pendingCount_other: { da: '{n} ændringer venter' },
  allSent: { da: 'Alt er sendt' },
  newVersion: { da: 'Ny version klar' },
  newVersionReload: { da: 'Opdater nu' },
  later: { da: 'Senere' },

  email: { da: 'E-mail' },
  signIn: { da: 'Log ind' },
  meTitle: { da: 'Mig' },
  title: { da: 'Stilling' },
  phone: { da: 'Telefon' },
  save: { da: 'Gem' },

  level: { da: 'Niveau' },
  level1: { da: 'Grundlæggende' },
  level2: { da: 'Erfaren' },
  level3: { da: 'Ekspert' },
  canHelpBadge: { da: 'Kan hjælpe' },
  edit: { da: 'Ret' },
  cancel: { da: 'Annuller' },

  dismiss: { da: 'Skjul' },
  // directory: the search, its result cards, and the person and competence pages.
  directoryTitle: { da: 'Find kolleger' },
  searchLabel: { da: 'Søg efter kompetence eller navn' },
  // The examples are competences of the catalogue, which is written in Danish: the English hint
  // gives the Danish words (glossed), since the English ones would find no one.
  searchHint: {
    da: 'Skriv fx demens, ordblindhed, fundraising eller et navn. Det virker også uden net.',
  },
  searchLoading: { da: 'Gør kollegaerne klar til søgning…' },
  filters: { da: 'Filtre' },
  filterArea: { da: 'Område' },
  filterUnit: { da: 'Enhed' },
  filterAll: { da: 'Alle' },
  filterLevel: { da: 'Mindste niveau' },
  filterAnyLevel: { da: 'Alle niveauer' },
  filterCanHelp: { da: 'Kan hjælpe andre' },
  filterSharers: { da: 'Kun videndelere' },
  sharerExplained: {
    da: 'En videndeler er udpeget i sit område til at dele viden og kan kontaktes med spørgsmål.',
  },
  activeFilters: { da: 'Aktive filtre:' },
  clearFilters: { da: 'Nulstil filtre' },
  results: { da: 'Resultater' },
  resultCount_one: { da: '1 kollega fundet' },
  resultCount_other: { da: '{n} kolleger fundet' },
  resultCountMany_one: { da: 'Viser {shown} af {n} kollega' },
  resultCountMany_other: { da: 'Viser {shown} af {n} kolleger' },
  noResults: { da: 'Ingen kolleger fundet for »{q}«.' },
  noResultsFiltered: { da: 'Ingen kolleger passer til filtrene.' },
  typoReading: { da: 'Viser resultater for »{q}«.' },
  searchExactly: { da: 'Søg i stedet efter »{q}«' },
  exactSearch: { da: 'Søger kun efter »{q}«, præcis som det er skrevet.' },
  searchSimilar: { da: 'Søg også efter ord, der ligner' },
  matchedIn: { da: 'Fundet i {fields}' },
  matchField_name: { da: 'navnet' },
  matchField_unit: { da: 'enheden' },
  matchField_title: { da: 'stillingen' },
  matchField_note: { da: 'en note til en kompetence' },
  matchField_area: { da: 'området' },
  matchField_bio: { da: 'profilteksten' },
  tryInstead: { da: 'Prøv i stedet:' },
  showMore_one: { da: 'Vis 1 mere' },
  showMore_other: { da: 'Vis {n} flere' },
  sharerBadge: { da: 'Videndeler' },
  call: { da: 'Ring til {name}' },
  contactCall: { da: 'Ring' },
  catalogueTitle: { da: 'Kompetencekataloget' },
  // end of directory
  notFound: { da: 'Siden findes ikke.' },
  goHome: { da: 'Gå til forsiden' },
  screenFailed: { da: 'Siden kunne ikke vises' },
  screenFailedHelp: {
    da: 'Noget på siden kan ikke læses. Resten af appen virker, og dine ændringer er gemt. Prøv igen, eller gå til forsiden.',
  },
  tryAgain: { da: 'Prøv igen' },
  cardFailed: {
    da: 'Dette kort kan ikke vises, fordi noget i det ikke kan læses. Resten af listen er i orden.',
  },

  // networks: the titles and notices the shell shows (the rest loads with the screens)
  networksTitle: { da: 'Netværk' },
  networkTitle: { da: 'Netværk' },
  tasksGivenTitle: { da: 'Opgaver jeg har givet' },
  // end of networks

  // shell
  tabFind: { da: 'Find' },
  tabNetworks: { da: 'Netværk' },
  // Short enough for five tabs on a 320 px phone; the section's own title says "Arrangementer".
  tabEvents: { da: 'Kalender' },
  tabLearning: { da: 'Læring' },
  tabMe: { da: 'Mig' },
  back: { da: 'Tilbage' },
  titlePerson: { da: 'Kollega' },
  titleCompetence: { da: 'Kompetence' },
  otherLanguage: { da: 'English' },
  close: { da: 'Luk' },
  chipOffline: { da: 'Offline' },
  rejectedCount_one: { da: '1 ikke gennemført' },
  rejectedCount_other: { da: '{n} ikke gennemført' },
  syncExplain: {
    da: 'Dine ændringer gemmes på telefonen og sendes, så snart der er forbindelse.',
  },
  notYetSynced: { da: 'Henter fra serveren …' },
  notYetSyncedOffline: { da: 'Ikke hentet endnu – vises, når der er forbindelse.' },
  firstSyncStarting: { da: 'Henter kolleger …' },
  firstSyncPeople_one: { da: 'Henter kolleger … {n} hentet' },
  firstSyncPeople_other: { da: 'Henter kolleger … {n} hentet' },
  firstSyncHint: { da: 'Du kan allerede søge blandt dem, der er hentet.' },
  noticesNew_one: { da: '1 ny besked' },
  noticesNew_other: { da: '{n} nye beskeder' },
  installOffer: {
    da: 'Kollegerne er hentet. Læg Videnbro på hjemmeskærmen, så åbner den som en app – også uden net.',
  },
  // events: the titles the shell shows (the rest loads with the screens)
  eventsTitle: { da: 'Arrangementer' },
  eventTitle: { da: 'Arrangement' },
  posterTitle: { da: 'Plakat' },
  checkinTitle: { da: 'Tjek ind' },
  eventNew: { da: 'Nyt arrangement' },
  eventEdit: { da: 'Ret arrangement' },
  scanTitle: { da: 'Scan QR' },
  // learning: the titles the shell shows (the rest loads with the screens)
  learningNew: { da: 'Ny læring' },
  learningMeeting: { da: 'Det lærende møde' },
  // units: the title the shell shows (the rest loads with the screen)
  unitTitle: { da: 'Enhed' },
  pulseTitle: { da: 'Temperaturmåling' },
  adminTitle: { da: 'Administration' },
  myDataTitle: { da: 'Mine data' },
  privacyPageTitle: { da: 'Privatliv' },
  accessibilityPageTitle: { da: 'Tilgængelighed' },
} as const satisfies Record<string, { da: string }>;

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
  | keyof typeof import('./sections/mutation-labels').mutationLabelMessages
  | keyof typeof import('./sections/admin').adminMessages
  | keyof typeof import('./sections/privacy').privacyMessages
  | keyof typeof import('./sections/legal').legalMessages
  | keyof typeof import('./sections/notifications').notificationMessages
  | keyof typeof import('./sections/pulse').pulseMessages
  | keyof typeof import('./sections/profile-editing').profileEditingMessages;
export type UiLang = 'da' | 'en';
export type Catalogue = Record<string, { da: string; en: string }>;
/** The first paint's texts: Danish here, English registered when messages-en.ts loads. */
type BaseCatalogue = Record<string, { da: string; en?: string }>;

const catalogue: BaseCatalogue = { ...messages };

export function registerMessages(block: Catalogue): void {
  Object.assign(catalogue, block);
}

/** The English of the first paint's texts (messages-en.ts). */
export function registerEnglish(english: Record<keyof typeof messages, string>): void {
  for (const [key, en] of Object.entries(english)) catalogue[key] = { da: messages[key as keyof typeof messages].da, en };
}

export function translate(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  // A key of a section whose screens have not loaded yet shows as itself (a bug to see);
  // English that could not load (offline at the very first start) falls back to Danish.
  const entry = catalogue[key];
  const text = entry?.[lang] ?? entry?.da ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
