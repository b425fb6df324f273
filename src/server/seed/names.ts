// What makes a demo person look like a colleague: Danish names (with æ, ø, å and the old
// "aa", so search can be tried on them), job titles that fit the unit, and a few bios.
import type { UnitKind } from './organisation';

export const FEMALE_NAMES: readonly string[] = [
  'Anna', 'Mette', 'Hanne', 'Susanne', 'Lone', 'Camilla', 'Louise', 'Maria', 'Charlotte', 'Tina', 'Pia', 'Helle',
  'Anne', 'Kirsten', 'Marianne', 'Karina', 'Birgitte', 'Bente', 'Lene', 'Gitte', 'Dorte', 'Rikke', 'Line', 'Sanne',
  'Julie', 'Sofie', 'Emma', 'Ida', 'Laura', 'Freja', 'Cecilie', 'Mathilde', 'Caroline', 'Katrine', 'Signe', 'Malene',
  'Trine', 'Heidi', 'Jette', 'Inge', 'Lis', 'Karen', 'Else', 'Grethe', 'Ulla', 'Vibeke', 'Merete', 'Annette',
  'Christina', 'Stine', 'Maja', 'Nanna', 'Josefine', 'Amalie', 'Astrid', 'Ellen', 'Ingrid', 'Søs', 'Bodil', 'Tove',
  'Lærke', 'Sidsel', 'Ditte', 'Mia', 'Nadia', 'Fatima', 'Aisha', 'Agnieszka', 'Olena', 'Marie', 'Birthe', 'Pernille',
  'Aase', 'Åse', 'Bjørg', 'Solveig', 'Hjørdis', 'Dagmar', 'Benedikte', 'Tenna', 'Vivi', 'Jytte',
];

export const MALE_NAMES: readonly string[] = [
  'Bo', 'Lars', 'Jens', 'Peter', 'Michael', 'Søren', 'Henrik', 'Thomas', 'Jesper', 'Martin', 'Niels', 'Anders',
  'Morten', 'Rasmus', 'Jan', 'Per', 'Ole', 'Hans', 'Poul', 'Kim', 'Torben', 'Carsten', 'Kasper', 'Mads', 'Jacob',
  'Christian', 'Frederik', 'Mikkel', 'Simon', 'Jonas', 'Emil', 'Oliver', 'Lucas', 'Mathias', 'Nikolaj', 'Anton',
  'Villads', 'Magnus', 'Kristian', 'Steen', 'Allan', 'Brian', 'Flemming', 'Erik', 'Jørgen', 'Bjarne', 'Finn', 'Kjeld',
  'Knud', 'Preben', 'Svend', 'Uffe', 'Esben', 'Troels', 'Asger', 'Bjørn', 'Aage', 'Ali', 'Mohammed', 'Ahmad', 'Tomasz',
  'Oleksandr', 'Daniel', 'Sebastian', 'Tobias', 'Johan', 'Malthe', 'Benjamin', 'Kenneth', 'René', 'Claus', 'Dennis',
  'Bent', 'Holger', 'Jørn', 'Ebbe', 'Leif',
];

export const SURNAMES: readonly string[] = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Jacobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen',
  'Henriksen', 'Lund', 'Schmidt', 'Eriksen', 'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen',
  'Iversen', 'Jeppesen', 'Mogensen', 'Jespersen', 'Nissen', 'Lauridsen', 'Kjær', 'Jepsen', 'Frandsen',
  'Søndergaard', 'Østergaard', 'Aagaard', 'Nørgaard', 'Kjærgaard', 'Damgaard', 'Vestergaard', 'Nygaard', 'Bach',
  'Dam', 'Bruun', 'Kofoed', 'Lassen', 'Skov', 'Juhl', 'Krogh', 'Brandt', 'Bak', 'Friis', 'Vinther', 'Dahl', 'Berg',
  'Lind', 'Winther', 'Mølgaard', 'Højgaard', 'Ravn', 'Bech', 'Gregersen', 'Toft', 'Hedegaard', 'Holst', 'Kirkegaard',
  'Thygesen', 'Fisker', 'Brødsgaard', 'Munk', 'Lykke', 'Birk', 'Steffensen', 'Villadsen', 'Bertelsen', 'Thorsen',
  'Riis', 'Hviid', 'Lauritsen', 'Aabo', 'Aaen', 'Sønderby', 'Græsbøll', 'Ahmed', 'Hussein', 'Nowak', 'Kowalska',
  'Yilmaz', 'Koval', 'Ibsen', 'Buch',
];

/** Danish middle names are mostly surnames; about one in five people carry one. */
export const MIDDLE_NAMES: readonly string[] = [
  'Kjær', 'Holm', 'Bach', 'Skov', 'Lund', 'Dam', 'Krogh', 'Lykke', 'Juul', 'Bruun', 'Høj', 'Friis', 'Ravn', 'Toft',
  'Munk', 'Birk', 'Vinther', 'Søgaard', 'Aagaard',
];

/** Share of women by kind of unit, so care and day care look like they do in Denmark. */
export const FEMALE_SHARE: Record<UnitKind, number> = {
  homeCare: 0.9, nursingHome: 0.9, health: 0.85, school: 0.65, specialNeeds: 0.7, dayCare: 0.9, library: 0.7,
  culture: 0.5, technical: 0.2, administration: 0.7, hr: 0.8, it: 0.3, communication: 0.6,
};

type Titles = ReadonlyArray<readonly [string, number]>;

export const TITLES_BY_KIND: Record<UnitKind, Titles> = {
  homeCare: [['Social- og sundhedshjælper', 45], ['Social- og sundhedsassistent', 35], ['Sygeplejerske', 6],
    ['Social- og sundhedselev', 5], ['Planlægger', 3], ['Ergoterapeut', 3], ['Teamkoordinator', 3]],
  nursingHome: [['Social- og sundhedsassistent', 40], ['Social- og sundhedshjælper', 35], ['Sygeplejerske', 8],
    ['Aktivitetsmedarbejder', 5], ['Køkkenmedarbejder', 5], ['Social- og sundhedselev', 5], ['Ergoterapeut', 2]],
  health: [['Sygeplejerske', 50], ['Fysioterapeut', 20], ['Ergoterapeut', 20], ['Social- og sundhedsassistent', 10]],
  school: [['Lærer', 62], ['Pædagog', 14], ['Pædagogmedhjælper', 6], ['Læsevejleder', 4], ['Inklusionsvejleder', 3],
    ['Skolesekretær', 4], ['Teknisk servicemedarbejder', 3], ['Lærerstuderende', 4]],
  specialNeeds: [['Pædagog', 38], ['Lærer', 32], ['Pædagogmedhjælper', 12], ['Psykolog', 8], ['Socialrådgiver', 5],
    ['Tale-hørekonsulent', 5]],
  dayCare: [['Pædagog', 52], ['Pædagogmedhjælper', 30], ['Pædagogisk assistent', 10], ['Pædagogstuderende', 5],
    ['Køkkenassistent', 3]],
  library: [['Bibliotekar', 45], ['Biblioteksassistent', 30], ['Kulturformidler', 20], ['Børnebibliotekar', 5]],
  culture: [['Kulturmedarbejder', 30], ['Eventkoordinator', 15], ['Underviser', 25], ['Teknisk medarbejder', 15],
    ['Administrativ medarbejder', 15]],
  technical: [['Driftsmedarbejder', 30], ['Ingeniør', 15], ['Gartner', 15], ['Maskinfører', 15], ['Konsulent', 15],
    ['Tekniker', 10]],
  administration: [['Administrativ medarbejder', 35], ['Konsulent', 30], ['Sagsbehandler', 20], ['Specialkonsulent', 10],
    ['Kontorelev', 5]],
  hr: [['HR-konsulent', 50], ['Udviklingskonsulent', 20], ['Lønkonsulent', 15], ['Arbejdsmiljøkonsulent', 15]],
  it: [['IT-konsulent', 40], ['IT-supporter', 30], ['Systemadministrator', 15], ['Digitaliseringskonsulent', 15]],
  communication: [['Kommunikationskonsulent', 70], ['Webredaktør', 20], ['Grafiker', 10]],
};

/** Units whose staff differ from their kind's usual mix (Dagplejen is mostly dagplejere). */
export const TITLES_BY_UNIT: Record<string, Titles> = {
  'u-hjemmesygepleje': [['Sygeplejerske', 85], ['Social- og sundhedsassistent', 15]],
  'u-akutteam': [['Sygeplejerske', 100]],
  'u-traening': [['Fysioterapeut', 45], ['Ergoterapeut', 45], ['Træningsassistent', 10]],
  'u-visitation': [['Visitator', 60], ['Hjælpemiddelterapeut', 25], ['Ergoterapeut', 15]],
  'u-sundhedscenter': [['Sundhedskonsulent', 40], ['Sygeplejerske', 30], ['Diætist', 15], ['Fysioterapeut', 15]],
  'u-ppr': [['Psykolog', 50], ['Tale-hørekonsulent', 20], ['Pædagogisk konsulent', 20], ['Fysioterapeut', 10]],
  'u-dagplejen': [['Dagplejer', 85], ['Dagplejepædagog', 15]],
  'u-musikskolen': [['Musikskolelærer', 90], ['Administrativ medarbejder', 10]],
  'u-ungdomsskolen': [['Ungdomsskolelærer', 60], ['Underviser', 30], ['Administrativ medarbejder', 10]],
  'u-klub-vaerftet': [['Klubpædagog', 70], ['Klubmedarbejder', 30]],
  'u-museum': [['Museumsinspektør', 40], ['Museumsformidler', 40], ['Museumsassistent', 20]],
  'u-idraetscenter': [['Livredder', 35], ['Svømmeinstruktør', 25], ['Driftsmedarbejder', 40]],
  'u-vej-park': [['Vejarbejder', 40], ['Gartner', 30], ['Maskinfører', 20], ['Driftsplanlægger', 10]],
  'u-byggeri-plan': [['Byggesagsbehandler', 50], ['Planlægger', 30], ['Arkitekt', 20]],
  'u-natur-miljoe': [['Miljømedarbejder', 40], ['Miljøingeniør', 20], ['Biolog', 25], ['Naturvejleder', 15]],
  'u-affald-genbrug': [['Genbrugspladsmedarbejder', 50], ['Chauffør', 30], ['Affaldsplanlægger', 20]],
  'u-ejendomsservice': [['Teknisk servicemedarbejder', 60], ['Håndværker', 25], ['Ejendomsinspektør', 15]],
  'u-beredskab': [['Brandmand', 70], ['Holdleder', 15], ['Beredskabsinspektør', 15]],
  'u-borgerservice': [['Borgerservicemedarbejder', 75], ['Sagsbehandler', 25]],
  'u-oekonomi-loen': [['Økonomikonsulent', 40], ['Lønkonsulent', 30], ['Bogholder', 30]],
  'u-jura-sekretariat': [['Jurist', 50], ['Sekretær', 30], ['Konsulent', 20]],
  'u-indkoeb': [['Indkøbskonsulent', 70], ['Udbudsjurist', 30]],
};

export const LEADER_TITLES: Record<UnitKind, string> = {
  homeCare: 'Områdeleder', nursingHome: 'Centerleder', health: 'Afdelingsleder', school: 'Skoleleder',
  specialNeeds: 'Afdelingsleder', dayCare: 'Dagtilbudsleder', library: 'Biblioteksleder', culture: 'Leder',
  technical: 'Driftsleder', administration: 'Afdelingsleder', hr: 'HR-chef', it: 'IT-chef',
  communication: 'Kommunikationschef',
};

/** Short self-descriptions; care staff mention evening and night shifts, so "demens nat" finds someone. */
export const BIOS_BY_KIND: Record<UnitKind, readonly string[]> = {
  homeCare: [
    'Har arbejdet i nattevagt i mange år og kender de særlige udfordringer ved borgere med demens om natten.',
    'Kører mest aftenvagter og hjælper gerne nye kolleger godt i gang.',
    'Fast nattevagt i distriktet. Spørg mig gerne om uro og søvnproblemer hos borgere med demens.',
    'Brænder for hverdagsrehabilitering, og for at borgerne kan klare mest muligt selv.',
    'Er forflytningsvejleder i teamet og viser gerne teknikker og hjælpemidler.',
    'Har taget uddannelsen som demenskoordinator og deler gerne erfaringer fra aftenvagterne.',
  ],
  nursingHome: [
    'Arbejder i aftenvagt og har særlig interesse for meningsfulde aktiviteter for beboere med demens.',
    'Nattevagt på den skærmede enhed, hvor vi arbejder med rolige nætter for beboere med demens.',
    'Er ressourceperson i palliation på plejecentret.',
    'Står for sang og musik på afdelingen hver torsdag.',
    'Skiftevis dag- og nattevagt. Optaget af god mad og måltidsglæde for beboerne.',
  ],
  health: [
    'Sygeplejerske med særlig viden om sår og diabetes.',
    'Arbejder i aften- og nattevagt og rykker ud til akutte forløb i hele kommunen.',
    'Fysioterapeut med interesse for faldforebyggelse og holdtræning.',
    'Ergoterapeut, der elsker at finde det rigtige hjælpemiddel til den enkelte borger.',
  ],
  school: [
    'Underviser i dansk og historie på mellemtrinnet og er skolens læsevejleder.',
    'Matematiklærer med interesse for it i undervisningen.',
    'Er ordblindeansvarlig og hjælper gerne kolleger i gang med læse- og skriveteknologi.',
    'Har udeskole med 4. årgang hver onsdag.',
  ],
  specialNeeds: [
    'Arbejder med elever med autisme og har gode erfaringer med low arousal.',
    'Psykolog med fokus på angst og bekymrende skolefravær.',
    'Pædagog i specialklasse, hvor struktur og forudsigelighed er nøgleord.',
  ],
  dayCare: [
    'Pædagog med speciale i sprog og dialogisk læsning.',
    'Naturpædagog, der elsker at være ude i al slags vejr.',
    'Har været dagplejer i 15 år og er gæstedagplejer for området.',
    'Optaget af gode overgange fra børnehave til skole.',
  ],
  library: [
    'Bibliotekar med ansvar for børneområdet og højtlæsning.',
    'Hjælper borgere med MitID og Digital Post hver tirsdag.',
  ],
  culture: [
    'Planlægger koncerter og arrangementer i Pakhuset.',
    'Underviser i guitar og sammenspil.',
    'Arbejder med frivillige og foreningslivet i hele kommunen.',
  ],
  technical: [
    'Kører vintertjeneste og kender hver en vej i kommunen.',
    'Arbejder med klimatilpasning og skybrudssikring.',
    'Gartner med hjerte for biodiversitet i byens parker.',
  ],
  administration: [
    'Sagsbehandler med fokus på klarsprog i vores breve til borgerne.',
    'Har styr på budgetopfølgning og Excel – spørg endelig.',
  ],
  hr: ['Arbejder med rekruttering og en god modtagelse af nye medarbejdere.'],
  it: ['Hjælper gerne med Teams, Outlook og alt det andet i Microsoft 365.'],
  communication: ['Skriver til hjemmesiden og kommunens sociale medier.'],
};
