// The Danish content of the demo's networks, tasks, seminars, learnings and core knowledge,
// with rules for who takes part. Kept apart from generate-activities.ts so the texts can
// be edited without reading the generator.
import type { UnitKind } from './organisation';

/** What the activity rules know about a person. */
export interface PersonInfo {
  id: string;
  name: string;
  unitId: string;
  areaId: string;
  kind: UnitKind;
  title: string;
  leader: boolean;
  sharer: boolean;
  /** One of the fixed demo accounts: placed deliberately, never drawn at random. */
  demo: boolean;
  /** competence id → level */
  competences: Map<string, number>;
}
type Rule = (p: PersonInfo) => boolean;

export interface NetworkSpec {
  id: string; name: string; description: string;
  kind: 'leader' | 'knowledgeSharers' | 'project' | 'professional';
  joinPolicy: 'open' | 'approval';
  createdBy: string;
  coordinators: string[];
  members: Rule;
  maxMembers: number;
  /** How many of the drawn members also coordinate. */
  extraCoordinators: number;
  alwaysMembers?: string[];
  /** Demo accounts with a request awaiting a coordinator (approval networks only). */
  alwaysPending?: string[];
  /** Requests awaiting a coordinator; only approval networks have them. */
  pending: Rule;
  pendingCount: number;
}

const never: Rule = () => false;
const anyone: Rule = () => true;
const hasAny = (p: PersonInfo, ids: readonly string[]) => ids.some((id) => p.competences.has(id));

export const NETWORKS: readonly NetworkSpec[] = [
  {
    id: 'n-videndelere', name: 'Videndelernetværket', kind: 'knowledgeSharers', joinPolicy: 'approval', createdBy: 'p-bo',
    description: 'Netværk for kommunens videndelere på tværs af alle områder. Vi mødes fire gange om året, deler erfaringer og planlægger den årlige videndelerworkshop.',
    coordinators: ['p-bo'], members: (p) => p.sharer, maxMembers: 100, extraCoordinators: 1,
    pending: (p) => !p.sharer && !p.leader, pendingCount: 2,
  },
  {
    id: 'n-ledere-aeldre', name: 'Ledernetværk Ældre og sundhed', kind: 'leader', joinPolicy: 'approval', createdBy: 'p-lis',
    description: 'Lederne i Ældre og sundhed sparrer om ledelse, kerneviden og kompetenceudvikling og løser de opgaver, direktionen giver netværket.',
    coordinators: ['p-lis'], members: (p) => p.leader && p.areaId === 'a-aeldre', maxMembers: 100, extraCoordinators: 0,
    pending: (p) => p.areaId === 'a-aeldre' && !p.leader && p.title === 'Sygeplejerske', pendingCount: 1,
  },
  {
    id: 'n-ledere-boern', name: 'Ledernetværk Børn og unge', kind: 'leader', joinPolicy: 'approval', createdBy: 'p-admin',
    description: 'Skole- og dagtilbudsledere deler erfaringer om overgange, inklusion og ledelse af faglige fællesskaber.',
    coordinators: [], members: (p) => p.leader && (p.areaId === 'a-skoler' || p.areaId === 'a-dagtilbud'),
    maxMembers: 100, extraCoordinators: 1, pending: never, pendingCount: 0,
  },
  {
    id: 'n-projekt-fundraising', name: 'Projektleder- og fundraisingnetværket', kind: 'project', joinPolicy: 'approval', createdBy: 'p-bo',
    description: 'For alle, der arbejder med projekter og fondsansøgninger: vi deler fondsmuligheder, skabeloner og erfaringer med projektledelse.',
    coordinators: ['p-bo'], members: (p) => hasAny(p, ['projektledelse', 'fundraising', 'eu-projekter', 'projektoekonomi']),
    maxMembers: 40, extraCoordinators: 0, alwaysPending: ['p-anna'], pending: (p) => !p.leader, pendingCount: 1,
  },
  {
    id: 'n-demens', name: 'Demensnetværket', kind: 'professional', joinPolicy: 'open', createdBy: 'p-lis',
    description: 'Fagligt netværk for medarbejdere, der arbejder med borgere med demens – i hjemmeplejen, på plejecentrene og om natten.',
    coordinators: [], members: (p) => p.areaId === 'a-aeldre' && (p.competences.get('demens') ?? 0) >= 2,
    maxMembers: 60, extraCoordinators: 1, alwaysMembers: ['p-anna', 'p-lis'], pending: never, pendingCount: 0,
  },
  {
    id: 'n-ordblindhed', name: 'Ordblindenetværket', kind: 'professional', joinPolicy: 'open', createdBy: 'p-admin',
    description: 'Fagligt netværk for lærere, læsevejledere og pædagoger, der arbejder med ordblindhed: test, læse- og skriveteknologi og tilrettelagt undervisning.',
    coordinators: [], members: (p) => (p.competences.get('ordblindhed') ?? 0) >= 2, maxMembers: 50, extraCoordinators: 1,
    pending: never, pendingCount: 0,
  },
];

export interface TaskSpec {
  id: string; networkId: string; title: string; description: string; due: string | null;
  status: 'open' | 'done'; report: string; createdBy: string;
}

/** Plan activity 8: leadership gives networks tasks, and networks report back. */
export const TASKS: readonly TaskSpec[] = [
  {
    id: 't-videndelerworkshop', networkId: 'n-videndelere', title: 'Planlæg årets videndelerworkshop',
    description: 'Læg program for workshoppen i marts med fokus på det lærende møde og brugen af læringsloggen.',
    due: '2027-02-15', status: 'open', report: '', createdBy: 'p-bo',
  },
  {
    id: 't-kerneviden', networkId: 'n-ledere-aeldre', title: 'Kortlæg kerneviden i alle aftaleenheder',
    description: 'Hver leder kortlægger enhedens kerneviden i dag og om fem år og fremlægger kompetencegabet på netværksmødet i marts.',
    due: '2027-03-31', status: 'open', createdBy: 'p-lis',
    report: 'Seks af ni enheder har kortlagt deres kerneviden; de sidste tre er i gang og bliver færdige i februar.',
  },
  {
    id: 't-fastholdelse', networkId: 'n-ledere-aeldre', title: 'Del erfaringer med fastholdelse af nyuddannede',
    description: 'Hver leder beskriver én indsats, der har fået nyuddannede social- og sundhedsassistenter til at blive, til netværksmødet i november.',
    due: '2026-11-20', status: 'open', report: '', createdBy: 'p-lis',
  },
  {
    id: 't-fondsoverblik', networkId: 'n-projekt-fundraising', title: 'Overblik over fonde til velfærdsteknologi',
    description: 'Saml de fonde og puljer, der kan støtte afprøvning af velfærdsteknologi i ældreplejen.',
    due: '2026-11-15', status: 'done', createdBy: 'p-bo',
    report: 'Vi har samlet 14 relevante fonde og puljer i et fælles regneark. Tre ansøgninger er sendt, og én er bevilget.',
  },
];

export interface SeminarSpec {
  id: string; title: string; description: string;
  kind: 'welcomeFair' | 'workshop' | 'cafe' | 'course' | 'seminar' | 'conference';
  /** Local date and times in Denmark. */
  date: string; from: readonly [number, number]; to: readonly [number, number];
  location: string; capacity: number;
  /** Deadline at noon this many days before the event; null for none. */
  deadlineDays: number | null;
  networkId: string | null; dlo: number[]; competenceIds: string[];
  audience: Rule;
  /** People drawn to sign up; beyond capacity they are waitlisted, at most `waitlist` of them. */
  signups: number; waitlist: number;
  /** Demo accounts placed at a given place in the sign-up order. */
  forced?: { personId: string; index: number }[];
  /** Called off by the organizer: its participants see it cancelled. */
  cancelled?: boolean;
}

const welcomeFair = (id: string, season: string, date: string, signups: number): SeminarSpec => ({
  id, title: `Velkomstmesse for nye medarbejdere – ${season}`, kind: 'welcomeFair', date, from: [13, 0], to: [16, 0],
  description: 'Velkommen til Fjordby Kommune! Mød kolleger fra alle områder, hør om kommunens værdier og bliv klogere på, hvem du kan spørge om hvad.',
  location: 'Fjordby Rådhus, Byrådssalen', capacity: 120, deadlineDays: 7, networkId: null, dlo: [5, 10, 11],
  competenceIds: ['videndeling', 'oplaering'], audience: (p) => !p.leader, signups, waitlist: 0,
});

export const SEMINARS: readonly SeminarSpec[] = [
  {
    id: 's-temadag-rehabilitering', title: 'Temadag: Hverdagsrehabilitering i praksis', kind: 'seminar',
    description: 'En dag for hele Ældre og sundhed med oplæg fra Træning og Rehabilitering, erfaringer fra hjemmeplejen og workshops på tværs af faggrupper.',
    date: '2026-11-10', from: [9, 0], to: [15, 0], location: 'Fjordby Rådhus, Byrådssalen', capacity: 80, deadlineDays: 7,
    networkId: null, dlo: [5, 9, 10], competenceIds: ['hverdagsrehabilitering', 'genoptraening', 'tvaerfagligt-samarbejde'],
    audience: (p) => p.areaId === 'a-aeldre', signups: 64, waitlist: 0, forced: [{ personId: 'p-anna', index: 2 }],
  },
  {
    id: 's-cafe-demens-nat', title: 'Caféseminar: Demens og nattevagter', kind: 'cafe',
    description: 'Hvordan skaber vi rolige aftener og nætter for borgere med demens? Nattevagter fra hjemmeplejen og plejecentrene deler erfaringer over kaffe og kage. Åbent for alle områder.',
    date: '2026-12-09', from: [14, 0], to: [16, 0], location: 'Plejecenter Solbakken, Caféen', capacity: 40, deadlineDays: 2,
    networkId: null, dlo: [5, 9, 10], competenceIds: ['demens', 'nattevagt', 'udadreagerende'],
    audience: (p) => p.areaId === 'a-aeldre', signups: 46, waitlist: 6, forced: [{ personId: 'p-anna', index: 0 }],
  },
  {
    id: 's-videndeling-i-praksis', title: 'Videndeling i praksis', kind: 'workshop',
    description: 'En praktisk workshop om at dele viden i hverdagen: det lærende møde, læringsloggen i Videnbro og små vaner, der gør en forskel.',
    date: '2027-01-13', from: [12, 30], to: [15, 30], location: 'Fjordby Rådhus, Mødelokale 3', capacity: 30, deadlineDays: 7,
    networkId: null, dlo: [3, 5, 10], competenceIds: ['videndeling', 'moedeledelse', 'procesfacilitering'],
    audience: anyone, signups: 18, waitlist: 0,
  },
  welcomeFair('s-velkomstmesse-vinter', 'vinter 2027', '2027-01-21', 45),
  {
    id: 's-kursus-selvledelse', title: 'Kursus: Selvledelse i hjemmeplejen', kind: 'course',
    description: 'Halvdagskursus om at planlægge sin egen dag, prioritere og bede om hjælp i tide. Aflyst på grund af sygdom – et nyt hold kommer i foråret.',
    date: '2026-12-15', from: [8, 30], to: [12, 0], location: 'Sundhedshuset, Lokale 4', capacity: 20, deadlineDays: 5,
    networkId: null, dlo: [5, 11], competenceIds: ['selvledelse'],
    audience: (p) => p.areaId === 'a-aeldre', signups: 11, waitlist: 0, forced: [{ personId: 'p-anna', index: 4 }], cancelled: true,
  },
  {
    id: 's-laerende-medarbejder', title: 'Den Lærende Medarbejder', kind: 'course',
    description: 'Heldagskursus om at lære i hverdagen, dele sin viden og tage ansvar for egen udvikling – med oplæg, øvelser og refleksion i grupper.',
    date: '2027-02-02', from: [9, 0], to: [15, 30], location: 'Kulturhuset Pakhuset, Sal 2', capacity: 24, deadlineDays: 14,
    networkId: null, dlo: [5, 10, 11], competenceIds: ['videndeling', 'selvledelse', 'kollegial-feedback'],
    audience: anyone, signups: 29, waitlist: 5, forced: [{ personId: 'p-anna', index: 25 }],
  },
  {
    id: 's-fundraising', title: 'Fra idé til fondsansøgning', kind: 'seminar',
    description: 'Hvordan finder vi de rette fonde, og hvad kendetegner en ansøgning, der bliver bevilget? Med oplæg fra en erfaren fundraiser og arbejde med egne idéer.',
    date: '2027-02-24', from: [13, 0], to: [16, 0], location: 'Fjordby Rådhus, Mødelokale 1', capacity: 35, deadlineDays: 7,
    networkId: 'n-projekt-fundraising', dlo: [1, 8, 9], competenceIds: ['fundraising', 'projektledelse', 'eu-projekter'],
    audience: anyone, signups: 14, waitlist: 0,
  },
  {
    id: 's-videndelerworkshop', title: 'Årlig workshop for videndelere 2027', kind: 'workshop',
    description: 'Den årlige workshop for kommunens videndelere: status på handlingsplanen, erfaringsudveksling og planlægning af næste års indsatser.',
    date: '2027-03-04', from: [9, 0], to: [15, 0], location: 'Fjordby Vandrerhjem, Fjordsalen', capacity: 30, deadlineDays: 14,
    networkId: 'n-videndelere', dlo: [1, 5, 10, 11], competenceIds: ['videndeling', 'procesfacilitering', 'moedeledelse'],
    audience: (p) => p.sharer, signups: 30, waitlist: 0,
  },
  {
    id: 's-cafe-ordblindhed', title: 'Caféseminar: Ordblindhed på tværs af skole og bibliotek', kind: 'cafe',
    description: 'Lærere, pædagoger og bibliotekarer mødes om ordblindhed: læse- og skriveteknologi, gode overgange og samarbejdet med forældrene.',
    date: '2027-04-14', from: [15, 0], to: [17, 0], location: 'Fjordby Bibliotek, Caféen', capacity: 40, deadlineDays: 3,
    networkId: null, dlo: [5, 9], competenceIds: ['ordblindhed', 'laeseundervisning', 'litteraturformidling'],
    audience: (p) => ['a-skoler', 'a-dagtilbud', 'a-kultur'].includes(p.areaId), signups: 12, waitlist: 0,
  },
  welcomeFair('s-velkomstmesse-sommer', 'sommer 2027', '2027-05-27', 6),
];

export interface LearningSpec {
  id: string; title: string; body: string; application: string;
  sourceKind: 'course' | 'conference' | 'seminar' | 'network' | 'colleague' | 'other';
  seminarId?: string;
  /** For 'network' visibility, and to require the author to be an active member. */
  networkId?: string;
  competenceIds: string[]; dlo: number[];
  visibility: 'private' | 'unit' | 'organization' | 'network';
  authorId?: string;
  author: Rule;
  fallbackAuthorId: string;
  daysAgo: number;
  edited?: boolean;
}

export const LEARNINGS: readonly LearningSpec[] = [
  {
    id: 'l-aftenrutiner', authorId: 'p-anna', author: anyone, fallbackAuthorId: 'p-anna', daysAgo: 12,
    title: 'Faste rutiner giver roligere aftenbesøg', sourceKind: 'colleague', visibility: 'unit',
    body: 'En kollega fra nattevagten fortalte på personalemødet, at borgere med demens bliver mere urolige, når aftenbesøget foregår i forskellig rækkefølge fra gang til gang. Hun har gode erfaringer med at gøre tingene i samme rækkefølge og fortælle borgeren, hvad der skal ske.',
    application: 'Vi aftaler en fast rækkefølge for aftenbesøg hos borgere med demens og skriver den i journalen, så alle vagter gør det samme.',
    competenceIds: ['demens', 'nattevagt'], dlo: [5, 10],
  },
  {
    id: 'l-forflytning-noter', authorId: 'p-anna', author: anyone, fallbackAuthorId: 'p-anna', daysAgo: 30,
    title: 'Mine noter fra forflytningskurset', sourceKind: 'course', visibility: 'private',
    body: 'Husk glidestykket, også når det går stærkt. Lad borgeren gøre så meget som muligt selv, og fortæl, hvad der skal ske, før vi går i gang.',
    application: 'Øve vending i sengen med glidestykke sammen med en kollega i næste uge.',
    competenceIds: ['forflytning'], dlo: [11],
  },
  {
    id: 'l-kerneviden-nord', authorId: 'p-lis', author: anyone, fallbackAuthorId: 'p-lis', daysAgo: 8, edited: true,
    title: 'Sådan kortlagde vi kerneviden i Hjemmeplejen Nord', sourceKind: 'network', visibility: 'organization',
    body: 'I Ledernetværk Ældre og sundhed fik vi til opgave at kortlægge enhedens kerneviden i dag og om fem år. Vi brugte et personalemøde på spørgsmålet: hvad skal vi kunne, når flere borgere med demens og kroniske sygdomme bor længere hjemme? Svaret blev ti kompetencer, som nu ligger i Videnbro.',
    application: 'Alle medarbejdere registrerer deres kompetencer inden februar, så vi kan se gabet og lægge en plan for efteruddannelse.',
    competenceIds: ['kompetenceudvikling', 'demens', 'velfaerdsteknologi'], dlo: [1, 5, 7],
  },
  {
    id: 'l-rehab-maal', seminarId: 's-temadag-rehabilitering', author: (p) => p.areaId === 'a-aeldre', fallbackAuthorId: 'p-lis',
    daysAgo: 18, title: 'Hverdagsrehabilitering: lad borgeren sætte målet', sourceKind: 'seminar', visibility: 'organization',
    body: 'På temadagen fortalte en ergoterapeut, hvordan de lader borgeren formulere sit eget mål – fx at kunne gå i Brugsen igen – i stedet for at vi sætter målet. Motivationen stiger, og forløbene bliver kortere.',
    application: 'Vi spørger altid "Hvad er vigtigt for dig?" ved opstartsbesøget og skriver borgerens egne ord ind som mål.',
    competenceIds: ['hverdagsrehabilitering', 'motiverende-samtale'], dlo: [5, 9, 10],
  },
  {
    id: 'l-tvaerfagligt-kvarter', seminarId: 's-temadag-rehabilitering', author: (p) => p.kind === 'nursingHome',
    fallbackAuthorId: 'p-lis', daysAgo: 16, title: 'Kortere vej mellem plejen og terapeuterne', sourceKind: 'seminar', visibility: 'unit',
    body: 'En pointe fra temadagen var, at terapeuterne gerne vil kontaktes tidligere. Et plejecenter har et fast ugentligt tværfagligt kvarter, hvor plejen og terapeuterne gennemgår beboere med faldende funktionsevne.',
    application: 'Vi afprøver et tværfagligt kvarter hver tirsdag efter frokost i januar og februar.',
    competenceIds: ['tvaerfagligt-samarbejde', 'faldforebyggelse'], dlo: [5, 7],
  },
  {
    id: 'l-musik-demens', networkId: 'n-demens', author: (p) => p.areaId === 'a-aeldre', fallbackAuthorId: 'p-anna',
    daysAgo: 10, title: 'Musik åbner for kontakt ved svær demens', sourceKind: 'network', visibility: 'network',
    body: 'I Demensnetværket fortalte en kollega om personlige playlister: de pårørende hjælper med at finde de sange, borgeren holdt af som ung. Musikken kan dæmpe uro om aftenen og give kontakt, hvor ordene ikke længere rækker.',
    application: 'Vi beder de pårørende om tre yndlingssange til hver borger med demens og lægger en playliste på afdelingens tablet.',
    competenceIds: ['demens', 'udadreagerende', 'velfaerdsteknologi'], dlo: [5, 9],
  },
  {
    id: 'l-lst-alle-fag', author: (p) => p.kind === 'school' && p.title === 'Lærer', fallbackAuthorId: 'p-bo', daysAgo: 25,
    title: 'Læse- og skriveteknologi skal bruges i alle fag', sourceKind: 'conference', visibility: 'organization',
    body: 'På ordblindekonferencen var budskabet klart: ordblinde elever får først det fulde udbytte af læse- og skriveteknologi, når den bruges i alle fag – ikke kun i dansk. Eleverne skal have tid til at øve, og lærerne skal kende værktøjerne.',
    application: 'Vi giver alle faglærere en kort introduktion til LST på næste pædagogiske rådsmøde, og læsevejlederen tilbyder sidemandsoplæring.',
    competenceIds: ['ordblindhed', 'it-i-undervisningen'], dlo: [3, 5, 8],
  },
  {
    id: 'l-dialogisk-laesning', author: (p) => p.kind === 'dayCare' && p.title === 'Pædagog', fallbackAuthorId: 'p-bo', daysAgo: 21,
    title: 'Dialogisk læsning i små grupper', sourceKind: 'course', visibility: 'unit',
    body: 'På kurset lærte vi at læse med tre-fire børn ad gangen og stille åbne spørgsmål til billederne. Børnene taler langt mere, end når vi læser højt for hele gruppen.',
    application: 'Hver stue læser dialogisk i små grupper to gange om ugen, og vi deler erfaringerne på stuemødet i marts.',
    competenceIds: ['sprogudvikling', 'laereplan'], dlo: [10, 11],
  },
  {
    id: 'l-skybrud', author: (p) => p.kind === 'technical', fallbackAuthorId: 'p-bo', daysAgo: 35,
    title: 'Skybrudssikring: erfaringer fra nabokommunen', sourceKind: 'other', visibility: 'organization',
    body: 'På en studietur så vi, hvordan nabokommunen bruger regnbede og forsænkede boldbaner til at holde på vandet ved skybrud. Løsningerne er billige, og borgerne har taget godt imod dem.',
    application: 'Vi foreslår et regnbed ved Vestre Skole som pilotprojekt og søger klimamidler til det.',
    competenceIds: ['klimatilpasning', 'groen-drift'], dlo: [8, 9],
  },
  {
    id: 'l-forandringsteori', authorId: 'p-bo', author: anyone, fallbackAuthorId: 'p-bo', daysAgo: 40,
    title: 'Start fondsansøgningen med forandringsteorien', sourceKind: 'course', visibility: 'organization',
    body: 'På et kursus i fundraising lærte jeg, at fonde vil se en klar sammenhæng mellem indsats og effekt. Når forandringsteorien er skrevet først, bliver resten af ansøgningen både kortere og skarpere.',
    application: 'Jeg lægger en fælles skabelon til forandringsteori i Projektleder- og fundraisingnetværket.',
    competenceIds: ['fundraising', 'effektmaaling'], dlo: [4, 8],
  },
  {
    id: 'l-klarsprog', author: (p) => p.kind === 'administration' || p.unitId === 'u-visitation', fallbackAuthorId: 'p-bo',
    daysAgo: 45, title: 'Klarsprog i afgørelser om hjemmehjælp', sourceKind: 'course', visibility: 'organization',
    body: 'Kurset viste, hvor meget det hjælper at skrive afgørelsen i borgerens rækkefølge: først svaret, så begrundelsen og til sidst klagevejledningen. Korte sætninger og "du" i stedet for "De".',
    application: 'Vi skriver standardbrevene om, begyndende med bevilling af praktisk hjælp, og beder Borgerservice om feedback.',
    competenceIds: ['klarsprog', 'sagsbehandling'], dlo: [3, 9],
  },
];

/**
 * Hjemmeplejen Nord's core knowledge (plan activity 5) as shares of the unit's headcount
 * now and in five years: [competence, now, in 5 years, note].
 */
export const CORE_KNOWLEDGE: ReadonlyArray<readonly [string, number, number, string]> = [
  ['demens', 0.6, 0.85, 'Flere borgere med demens bor længere i eget hjem.'],
  ['forflytning', 0.9, 0.9, ''],
  ['medicinhaandtering', 0.7, 0.8, ''],
  ['tidlig-opsporing', 0.5, 0.8, 'Alle skal kunne bruge TOBS ved tegn på forværring.'],
  ['hverdagsrehabilitering', 0.4, 0.7, ''],
  ['velfaerdsteknologi', 0.15, 0.6, 'Skærmbesøg og medicinrobotter udbredes i hele distriktet.'],
  ['palliation', 0.15, 0.25, ''],
  ['dokumentation', 0.8, 0.9, ''],
  ['diabetes', 0.2, 0.35, 'Flere borgere med type 2-diabetes.'],
  ['nattevagt', 0.1, 0.1, 'Dækkes sammen med Hjemmeplejen Aften og Nat.'],
];
