// The demo's learning log (issue 10), in Danish: besides the first learnings in
// activity-texts.ts, several from Anna's unit (Hjemmeplejen Nord) since its last learning
// meeting three weeks ago, some from Bo's theme day on everyday rehabilitation by people
// who checked in there, learnings shared with networks, and one that Anna edited on two
// devices offline, so its two versions wait to be merged.
import type { LearningSpec, PersonInfo } from './activity-texts';

export interface DemoLearningSpec extends LearningSpec {
  /** Written by someone who checked in at `seminarId` (attendance, not only a sign-up). */
  checkedIn?: boolean;
  /** A text kept from a second device (an edit from an older version), `daysAfter` creation. */
  conflict?: { title: string; body: string; application: string; daysAfter: number };
  /** The learning's revision: how many times it was saved. */
  revision?: number;
}

export const ANNAS_UNIT = 'u-hjemmepleje-nord';
const REHAB_DAY = 's-temadag-rehabilitering';

const inAnnasUnit = (p: PersonInfo) => p.unitId === ANNAS_UNIT;
const elderCare = (p: PersonInfo) => p.areaId === 'a-aeldre';

export const MORE_LEARNINGS: readonly DemoLearningSpec[] = [
  // Hjemmeplejen Nord since the last learning meeting (21 days ago).
  {
    id: 'l-nord-tobs', author: inAnnasUnit, fallbackAuthorId: 'p-lis', daysAgo: 5,
    title: 'TOBS fanger forværring, før den bliver akut', sourceKind: 'course', visibility: 'unit',
    body: 'På kurset i tidlig opsporing øvede vi TOBS-scoren på rigtige borgerforløb. Tre målinger – puls, vejrtrækning og bevidsthed – fortæller ofte mere end vores mavefornemmelse, og scoren giver et fælles sprog, når vi ringer til sygeplejersken.',
    application: 'Vi laver TOBS, når en borger "ikke er sig selv", og skriver scoren i journalen, før vi ringer. Lommekortet kommer i alle bilerne.',
    competenceIds: ['tidlig-opsporing', 'dokumentation'], dlo: [5, 11],
  },
  {
    id: 'l-nord-medicinrobot', author: inAnnasUnit, fallbackAuthorId: 'p-lis', daysAgo: 9, edited: true, revision: 2,
    title: 'Medicinrobotten kræver fast opfølgning', sourceKind: 'colleague', visibility: 'unit',
    body: 'En kollega i distrikt 3 har haft fire borgere på medicinrobot i et halvt år. Robotten sparer besøg, men hun fandt to borgere, der havde sprunget doser over, fordi ingen så alarmerne i weekenden.',
    application: 'Alarmer fra medicinrobotterne tjekkes også lørdag og søndag af aftenvagten, og vi gennemgår loggen ved hvert ugemøde.',
    competenceIds: ['velfaerdsteknologi', 'medicinhaandtering'], dlo: [7, 10],
  },
  {
    id: 'l-nord-paaroerende', author: inAnnasUnit, fallbackAuthorId: 'p-anna', daysAgo: 14,
    title: 'Tal med de pårørende, før julen bliver svær', sourceKind: 'network', visibility: 'unit',
    body: 'I Demensnetværket fortalte en koordinator, at mange pårørende bliver overraskede over, hvor uroligt julen kan forløbe hos en borger med demens. En kort samtale i god tid om forventninger, besøg og pauser gør det lettere for alle.',
    application: 'Kontaktpersonen tager en pårørendesamtale med familierne til borgere med demens i første halvdel af december.',
    competenceIds: ['paaroerende', 'demens'], dlo: [5, 9],
  },
  {
    id: 'l-nord-skaermbesoeg', author: inAnnasUnit, fallbackAuthorId: 'p-lis', daysAgo: 17,
    title: 'Skærmbesøg virker bedst om morgenen', sourceKind: 'other', visibility: 'organization',
    body: 'Vi har målt på vores skærmbesøg i oktober: borgerne tager oftere opkaldet om morgenen, og samtalen bliver længere. Om eftermiddagen er mange trætte eller har besøg.',
    application: 'Påmindelser om medicin og væske lægges som skærmbesøg mellem 8 og 10, og fysiske besøg flyttes til eftermiddagen, hvor det kan lade sig gøre.',
    competenceIds: ['velfaerdsteknologi'], dlo: [4, 8],
  },
  {
    id: 'l-nord-tryksaar', author: inAnnasUnit, fallbackAuthorId: 'p-anna', daysAgo: 3,
    title: 'Tryksår: se efter hver dag, dokumentér hver gang', sourceKind: 'course', visibility: 'unit',
    body: 'Sårsygeplejersken viste, at en rødme, der ikke blegner ved tryk, er første tegn på tryksår. Fanger vi den i tide, kan trykaflastning alene ofte klare det.',
    application: 'Vi tjekker hæle og korsben hos sengeliggende borgere ved hver morgenpleje og tager billede til journalen ved enhver rødme.',
    competenceIds: ['tryksaar', 'dokumentation'], dlo: [5, 11],
  },
  {
    id: 'l-anna-smaa-maal', authorId: 'p-anna', author: () => true, fallbackAuthorId: 'p-anna', daysAgo: 20, seminarId: REHAB_DAY,
    checkedIn: true, title: 'Små mål, som borgeren selv kan se', sourceKind: 'seminar', visibility: 'unit',
    body: 'På temadagen viste en terapeut et forløb, hvor borgerens mål var at kunne lave sin egen morgenkaffe. Målet var lille, men borgeren kunne selv mærke fremskridtet hver dag – og gav ikke op.',
    application: 'Ved opstart af rehabiliteringsforløb skriver vi ét lille delmål op på køleskabet sammen med borgeren, så alle vagter kan følge med.',
    competenceIds: ['hverdagsrehabilitering', 'motiverende-samtale'], dlo: [5, 10],
  },
  {
    id: 'l-anna-overlevering', authorId: 'p-anna', author: () => true, fallbackAuthorId: 'p-anna', daysAgo: 6, revision: 3,
    title: 'Overlevering mellem aften- og nattevagt', sourceKind: 'colleague', visibility: 'unit',
    body: 'Nattevagten fortalte, at de ofte mangler at vide, hvad borgeren har spist og drukket om aftenen. Det er vigtigt ved borgere med urinvejsinfektion og demens, fordi uro om natten kan skyldes for lidt væske.',
    application: 'Aftenvagten skriver væske og mad i overleveringen hos borgere med demens, og nattevagten læser den, før første besøg.',
    competenceIds: ['nattevagt', 'dokumentation', 'demens'], dlo: [5, 7],
    conflict: {
      daysAfter: 1,
      title: 'Overlevering mellem aften- og nattevagt',
      body: 'Nattevagten fortalte, at de ofte mangler at vide, hvad borgeren har spist og drukket om aftenen. Uro om natten kan skyldes for lidt væske – også hos borgere uden demens.',
      application: 'Vi prøver et fast skema til væske og mad i overleveringen i december og evaluerer det på det lærende møde i januar.',
    },
  },
  // Hjemmeplejen Nord before the last meeting: already presented.
  {
    id: 'l-nord-mundpleje', author: inAnnasUnit, fallbackAuthorId: 'p-lis', daysAgo: 28,
    title: 'Mundpleje forebygger lungebetændelse', sourceKind: 'course', visibility: 'unit',
    body: 'Tandplejeren på kurset forklarede, at bakterier fra en dårlig mund kan give lungebetændelse hos svækkede ældre. Tandbørstning to gange dagligt nedsætter risikoen mærkbart.',
    application: 'Mundpleje står i alle plejeplaner for borgere, der får hjælp til personlig pleje, også aftenbørstningen.',
    competenceIds: ['mundpleje'], dlo: [11],
  },
  // Bo's theme day on everyday rehabilitation (10 November), by people who checked in.
  {
    id: 'l-rehab-hjaelpemidler', seminarId: REHAB_DAY, checkedIn: true, author: elderCare, fallbackAuthorId: 'p-lis', daysAgo: 19,
    title: 'Hjælpemidler som en del af træningen – ikke i stedet for', sourceKind: 'seminar', visibility: 'organization',
    body: 'Visitationen fortalte på temadagen, at hjælpemidler virker bedst, når de indgår i træningen: borgeren lærer at bruge badebænken sammen med terapeuten og ikke bare får den leveret.',
    application: 'Når vi søger et hjælpemiddel, aftaler vi samtidig, hvem der øver brugen med borgeren de første gange.',
    competenceIds: ['hjaelpemidler', 'hverdagsrehabilitering'], dlo: [5, 7],
  },
  {
    id: 'l-rehab-noter', seminarId: REHAB_DAY, checkedIn: true, author: elderCare, fallbackAuthorId: 'p-anna', daysAgo: 21,
    title: 'Mine noter fra temadagen', sourceKind: 'seminar', visibility: 'private',
    body: 'Spørg: "Hvad vil du gerne kunne igen?" Lad borgeren gøre det selv, også når det tager længere tid. Skriv fremskridt ned – også de små.',
    application: 'Læse materialet fra temadagen igen og tale med min leder om at blive rehabiliteringsansvarlig i gruppen.',
    competenceIds: ['hverdagsrehabilitering'], dlo: [11],
  },
  // Shared with networks.
  {
    id: 'l-demens-doegnrytme', networkId: 'n-demens', author: elderCare, fallbackAuthorId: 'p-lis', daysAgo: 7,
    title: 'Lys og døgnrytme på demensafsnittet', sourceKind: 'network', visibility: 'network',
    body: 'Et plejecenter i netværket har skiftet til lys, der følger døgnet: koldt og klart om formiddagen, varmt og dæmpet om aftenen. Beboerne sover bedre, og der er færre urolige aftener.',
    application: 'Vi undersøger med Ejendomsservice, om fællesstuen kan få døgnrytmelys, og måler uro om aftenen før og efter.',
    competenceIds: ['demens', 'udadreagerende'], dlo: [8, 9],
  },
  {
    id: 'l-fundraising-budget', networkId: 'n-projekt-fundraising', author: () => true, fallbackAuthorId: 'p-bo', daysAgo: 33,
    title: 'Fondene vil se et realistisk budget', sourceKind: 'conference', visibility: 'network',
    body: 'På fundraisingkonferencen sagde tre fondskonsulenter det samme: ansøgninger falder oftere på budgettet end på idéen. Løn, frikøb og evaluering skal stå med, og egenfinansieringen skal være tydelig.',
    application: 'Vi deler en budgetskabelon i netværket og tilbyder at læse hinandens budgetter igennem, før en ansøgning sendes.',
    competenceIds: ['fundraising', 'projektoekonomi'], dlo: [4, 8],
  },
  {
    id: 'l-videndelere-moede', networkId: 'n-videndelere', author: (p) => p.sharer, fallbackAuthorId: 'p-bo', daysAgo: 11,
    title: 'Det lærende møde på 20 minutter', sourceKind: 'network', visibility: 'network',
    body: 'På netværksmødet delte en videndeler sin skabelon til det lærende møde: tre læringer, fem minutter hver, og fem minutter til at beslutte, hvad vi prøver af. Det holder mødet kort og gør det konkret.',
    application: 'Jeg foreslår skabelonen på næste personalemøde og beder kollegerne skrive deres læringer i Videnbro inden mødet.',
    competenceIds: ['videndeling', 'moedeledelse'], dlo: [1, 5, 10],
  },
  {
    id: 'l-ledere-fravaer', networkId: 'n-ledere-aeldre', author: (p) => p.leader && p.areaId === 'a-aeldre', fallbackAuthorId: 'p-lis',
    daysAgo: 26, title: 'Tidlig dialog ved gentaget sygefravær', sourceKind: 'network', visibility: 'network',
    body: 'I ledernetværket delte vi erfaringer med fraværssamtaler. De ledere, der ringer allerede på tredjedagen og spørger til, hvad der kan hjælpe, oplever kortere fravær og bedre tillid.',
    application: 'Vi aftaler i netværket en fælles måde at tage den første fraværssamtale på og evaluerer den om et halvt år.',
    competenceIds: ['sygefravaer', 'arbejdsmiljoe'], dlo: [2, 6],
  },
  // Schools and day care.
  {
    id: 'l-skole-overgange-time', author: (p) => p.kind === 'school' && p.title === 'Lærer', fallbackAuthorId: 'p-bo', daysAgo: 15,
    title: 'Tydelige skift giver ro i timen', sourceKind: 'course', visibility: 'organization',
    body: 'Kurset i klasseledelse viste, hvor meget uro der opstår i skiftene mellem aktiviteter. Et fast signal og en tydelig instruktion, før eleverne rejser sig, sparer mange minutter hver dag.',
    application: 'Hele 4. årgang bruger samme signal og samme rækkefølge ved skift resten af skoleåret.',
    competenceIds: ['klasseledelse', 'trivsel'], dlo: [5, 10],
  },
  {
    id: 'l-skole-dagsplan', author: (p) => p.kind === 'school' || p.kind === 'specialNeeds', fallbackAuthorId: 'p-bo', daysAgo: 22,
    title: 'Visuel dagsplan hjælper elever med autisme', sourceKind: 'colleague', visibility: 'unit',
    body: 'En kollega fra Åbrinken viste, hvordan en visuel dagsplan med billeder gør dagen forudsigelig for elever med autisme. Ændringer vises på planen, før de sker.',
    application: 'Vi hænger visuelle dagsplaner op i indskolingen og øver at varsle ændringer på planen.',
    competenceIds: ['autisme', 'inklusion'], dlo: [5, 9],
  },
  {
    id: 'l-dagtilbud-skolestart', author: (p) => p.kind === 'dayCare', fallbackAuthorId: 'p-bo', daysAgo: 38,
    title: 'Besøg i skolen før skolestart', sourceKind: 'conference', visibility: 'organization',
    body: 'På konferencen om overgange fortalte en skoleleder, at børn, der har besøgt deres kommende klasselokale flere gange, har langt færre konflikter de første uger.',
    application: 'Vi aftaler tre besøg med Fjordby Skole i foråret for de kommende skolebørn og tager billeder med hjem til stuen.',
    competenceIds: ['overgange', 'foraeldresamarbejde'], dlo: [7, 9],
  },
  {
    id: 'l-dagtilbud-sprogkuffert', author: (p) => p.kind === 'dayCare', fallbackAuthorId: 'p-bo', daysAgo: 4,
    title: 'Idé: sprogkuffert til hjemlån', sourceKind: 'other', visibility: 'private',
    body: 'Så på et andet børnehus en kuffert med bøger og spil, som familierne låner med hjem. Kunne passe til vores tosprogede familier.',
    application: 'Spørge biblioteket, om de vil hjælpe med bøger på flere sprog.',
    competenceIds: ['sprogudvikling'], dlo: [9],
  },
  // Administration, IT, culture and technical services.
  {
    id: 'l-borgerservice-digital', author: (p) => p.unitId === 'u-borgerservice', fallbackAuthorId: 'p-bo', daysAgo: 13,
    title: 'Digital hjælp i øjenhøjde', sourceKind: 'course', visibility: 'organization',
    body: 'På kurset lærte vi at lade borgeren selv sidde ved tastaturet og kun guide med ord. Det tager lidt længere, men borgeren kan det selv næste gang.',
    application: 'Vi bruger "hænderne på ryggen" ved digital hjælp i Borgerservice og tæller, hvor mange der kommer igen med samme spørgsmål.',
    competenceIds: ['digital-borgerhjaelp', 'borgerkommunikation'], dlo: [9, 11],
  },
  {
    id: 'l-it-phishing', author: (p) => p.unitId === 'u-it', fallbackAuthorId: 'p-admin', daysAgo: 31,
    title: 'Phishingøvelser virker – når de bliver fulgt op', sourceKind: 'conference', visibility: 'organization',
    body: 'På sikkerhedskonferencen viste en region, at falske phishingmails kun hjælper, hvis medarbejderne bagefter får en kort forklaring på, hvad de skulle have set. Skældud virker modsat.',
    application: 'Vores næste øvelse får en venlig forklaring med tre kendetegn, og vi måler, om flere melder mistænkelige mails.',
    competenceIds: ['informationssikkerhed'], dlo: [3, 8],
  },
  {
    id: 'l-bibliotek-lektiecafe', author: (p) => p.kind === 'library', fallbackAuthorId: 'p-bo', daysAgo: 24,
    title: 'Lektiecaféen har brug for en fast kontaktperson', sourceKind: 'colleague', visibility: 'unit',
    body: 'De frivillige i lektiecaféen fortalte, at de mister modet, når ingen fra biblioteket kender dem. En fast kontaktperson, der siger goddag og spørger til aftenen, gør en stor forskel.',
    application: 'Vi udpeger en kontaktperson for de frivillige og holder et kort møde med dem hver måned.',
    competenceIds: ['frivillighed'], dlo: [6, 9],
  },
  {
    id: 'l-vej-vinter', author: (p) => p.unitId === 'u-vej-park', fallbackAuthorId: 'p-bo', daysAgo: 44,
    title: 'Saltning efter vejrradar og vejtemperatur', sourceKind: 'other', visibility: 'unit',
    body: 'En nabokommune styrer saltningen efter målinger fra vejstationer i stedet for faste ruter. De bruger mindre salt og rykker ud tidligere, hvor det faktisk er glat.',
    application: 'Vi beder om adgang til vejstationernes data og afprøver det på ruterne i Vestby denne vinter.',
    competenceIds: ['vintertjeneste'], dlo: [4, 8],
  },
  {
    id: 'l-hr-foerste-dag', author: (p) => p.unitId === 'u-hr', fallbackAuthorId: 'p-admin', daysAgo: 10,
    title: 'Første arbejdsdag: en makker i stedet for en mappe', sourceKind: 'colleague', visibility: 'organization',
    body: 'En leder fra Ældre og sundhed fortalte, at nye medarbejdere bliver længere, når de får en fast makker de første fire uger. Makkeren viser de uskrevne regler, som ingen mappe kan rumme.',
    application: 'HR laver en kort makkerguide, som alle enheder kan bruge, og spørger nye medarbejdere efter tre måneder.',
    competenceIds: ['oplaering', 'rekruttering'], dlo: [2, 5],
  },
  {
    id: 'l-ai-referat', authorId: 'p-bo', author: () => true, fallbackAuthorId: 'p-bo', daysAgo: 2,
    title: 'Prøvede AI til mødereferater', sourceKind: 'other', visibility: 'private',
    body: 'Referatet blev hurtigt, men overså to beslutninger og skrev en deltager forkert. Godt som udkast, ikke som det endelige referat. Husk at personoplysninger ikke må komme i eksterne værktøjer.',
    application: 'Spørge IT, hvilke værktøjer vi må bruge, før jeg prøver igen.',
    competenceIds: ['kunstig-intelligens'], dlo: [3],
  },
];
