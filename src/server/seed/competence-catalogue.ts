// The demo competence catalogue of Fjordby Kommune (plan activity 4, kompetenceafklaring).
// Synonyms carry the words people actually search with ("Alzheimers", "dysleksi"), so the
// directory search can be tried on realistic data. This file holds the welfare
// categories; the general ones live in competence-catalogue-general.ts.
import { GENERAL_GROUPS } from './competence-catalogue-general';

export const CATEGORIES = [
  'Sundhed og pleje', 'Psykiatri og socialfaglighed', 'Pædagogik og læring', 'Specialpædagogik', 'Ledelse',
  'Projekt og fundraising', 'Digitalisering', 'Kommunikation', 'Administration', 'Teknik og miljø',
  'Kultur og fritid', 'Samarbejde og videndeling', 'Sprog',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CompetenceSeed {
  id: string;
  name: string;
  category: Category;
  synonyms: string[];
  description: string;
}

/** [id, name, synonyms, description]: one line per competence keeps the catalogue readable. */
export type CompetenceEntry = readonly [string, string, readonly string[], string];

export function group(category: Category, entries: readonly CompetenceEntry[]): CompetenceSeed[] {
  return entries.map(([id, name, synonyms, description]) => ({ id, name, category, synonyms: [...synonyms], description }));
}

const HEALTH: CompetenceEntry[] = [
  ['demens', 'Demens', ['Alzheimers', 'demenssygdom', 'kognitiv svækkelse', 'demensomsorg'], 'Viden om demenssygdomme og om at støtte borgere med demens og deres pårørende i hverdagen.'],
  ['forflytning', 'Forflytning', ['løfteteknik', 'ergonomi', 'personforflytning', 'lift'], 'Sikker forflytning af borgere med og uden hjælpemidler, så både borger og medarbejder skånes.'],
  ['medicinhaandtering', 'Medicinhåndtering', ['medicindispensering', 'medicinadministration', 'doseringsæsker'], 'Korrekt dispensering, administration og dokumentation af borgerens medicin.'],
  ['saarpleje', 'Sårpleje', ['sårbehandling', 'bensår', 'sårheling', 'forbindinger'], 'Vurdering og behandling af akutte og kroniske sår, herunder valg af forbinding.'],
  ['tryksaar', 'Forebyggelse af tryksår', ['tryksår', 'decubitus', 'lejring', 'trykaflastning'], 'Risikovurdering og lejring, der forebygger tryksår hos sengeliggende og immobile borgere.'],
  ['palliation', 'Palliativ pleje', ['lindrende pleje', 'terminal pleje', 'omsorg ved livets afslutning'], 'Lindrende pleje og omsorg for borgere i den sidste tid og støtte til deres pårørende.'],
  ['diabetes', 'Diabetes', ['sukkersyge', 'blodsukker', 'insulin', 'type 2-diabetes'], 'Pleje og observation af borgere med diabetes, herunder blodsukkermåling og insulin.'],
  ['kol', 'KOL', ['kronisk obstruktiv lungesygdom', 'lungesygdom', 'iltbehandling'], 'Støtte til borgere med KOL, herunder vejrtrækningsteknik, ilt og tidlige tegn på forværring.'],
  ['hjertesygdom', 'Hjertesygdom', ['hjertesvigt', 'hjerte-kar-sygdom', 'blodtryk'], 'Observation og pleje af borgere med hjertesvigt og andre hjerte-kar-sygdomme.'],
  ['ernaering', 'Ernæring', ['kost', 'underernæring', 'vægttab', 'måltider'], 'Opsporing af underernæring og tilrettelæggelse af kost og måltider efter borgerens behov.'],
  ['dysfagi', 'Dysfagi', ['synkebesvær', 'synkevanskeligheder', 'konsistenstilpasset kost'], 'Observation og hjælp ved synkebesvær, så måltider bliver sikre og værdige.'],
  ['hygiejne', 'Infektionshygiejne', ['hygiejne', 'smitteforebyggelse', 'håndhygiejne', 'værnemidler'], 'Forebyggelse af smitte gennem god håndhygiejne, rengøring og korrekt brug af værnemidler.'],
  ['faldforebyggelse', 'Faldforebyggelse', ['fald', 'balance', 'faldrisiko'], 'Vurdering af faldrisiko og tiltag, der hjælper ældre borgere med at undgå fald.'],
  ['hverdagsrehabilitering', 'Hverdagsrehabilitering', ['rehabilitering', 'hjælp til selvhjælp', 'reablement'], 'Forløb, hvor borgeren træner hverdagens aktiviteter for at blive så selvhjulpen som muligt.'],
  ['genoptraening', 'Genoptræning', ['fysisk træning', 'træningsforløb', 'fysioterapi'], 'Planlægning og gennemførelse af genoptræning efter sygdom, operation eller fald.'],
  ['inkontinens', 'Inkontinens', ['urininkontinens', 'kontinenspleje', 'bleer'], 'Udredning af og hjælp ved inkontinens med fokus på værdighed og de rette hjælpemidler.'],
  ['kateter', 'Kateterpleje', ['blærekateter', 'KAD', 'steril teknik'], 'Anlæggelse og pleje af blærekateter med korrekt steril teknik.'],
  ['stomi', 'Stomipleje', ['kolostomi', 'ileostomi', 'stomiposer'], 'Pleje af stomi og vejledning af borgere, der lever med stomi.'],
  ['hjerneskade', 'Apopleksi og hjerneskade', ['blodprop i hjernen', 'hjerneblødning', 'erhvervet hjerneskade', 'stroke'], 'Pleje, træning og kommunikation med borgere efter apopleksi eller anden hjerneskade.'],
  ['parkinson', 'Parkinsons sygdom', ['Parkinson', 'rysten', 'neurologisk sygdom'], 'Viden om Parkinsons sygdom, medicin på faste tider og støtte til at bevare funktionsevnen.'],
  ['tidlig-opsporing', 'Tidlig opsporing', ['triage', 'TOBS', 'forværring', 'observation'], 'Systematisk observation, der fanger tidlige tegn på sygdom og forværring hos borgeren.'],
  ['akut-sygepleje', 'Akut sygepleje', ['akutfunktion', 'akutteam', 'IV-behandling', 'intravenøs behandling'], 'Sygepleje ved akut opståede tilstande i borgerens eget hjem, herunder intravenøs behandling.'],
  ['mundpleje', 'Mundpleje', ['tandpleje', 'mundhygiejne'], 'Daglig mundpleje, der forebygger infektioner og gør det lettere at spise.'],
  ['dokumentation', 'Sundhedsfaglig dokumentation', ['journalføring', 'FSIII', 'Fælles Sprog III'], 'Præcis og rettidig dokumentation i omsorgsjournalen efter Fælles Sprog III.'],
  ['paaroerende', 'Pårørendesamarbejde', ['pårørende', 'familie', 'pårørendesamtaler'], 'Et tillidsfuldt samarbejde med pårørende, også når situationen er svær.'],
  ['nattevagt', 'Nattevagt og natpleje', ['natarbejde', 'nattjeneste', 'aftenvagt', 'natpleje'], 'Pleje og tilsyn om natten, hvor man ofte arbejder alene og skal kunne handle selvstændigt.'],
  ['kronisk-sygdom', 'Kronisk sygdom', ['kronikere', 'multisygdom', 'egenomsorg'], 'Støtte til borgere med flere kroniske sygdomme i at mestre hverdagen og egen behandling.'],
  ['hjaelpemidler', 'Hjælpemidler', ['rollator', 'kørestol', 'hjælpemiddeldepot', 'boligindretning'], 'Afprøvning, tilpasning og instruktion i hjælpemidler til borgere med nedsat funktionsevne.'],
  ['ergoterapi', 'Ergoterapi', ['ADL', 'aktiviteter i dagligdagen', 'funktionsevne'], 'Vurdering og træning af borgerens evne til at klare daglige aktiviteter.'],
  ['sundhedsfremme', 'Sundhedsfremme og forebyggelse', ['forebyggelse', 'rygestop', 'livsstil', 'sundhedssamtale'], 'Forebyggende indsatser, der hjælper borgere til en sundere hverdag.'],
  ['blodproever', 'Blodprøvetagning', ['prøvetagning', 'venepunktur', 'blodprøver'], 'Korrekt prøvetagning og håndtering af blodprøver i hjemmet eller i klinikken.'],
  ['visitation', 'Visitation', ['bevilling', 'funktionsvurdering', 'serviceloven § 83'], 'Vurdering af borgerens behov og afgørelse om hjælp efter serviceloven.'],
  ['personlig-pleje', 'Personlig pleje', ['bad', 'personlig hygiejne', 'påklædning'], 'Hjælp til bad, påklædning og personlig hygiejne med respekt for borgerens vaner.'],
  ['udadreagerende', 'Udadreagerende adfærd', ['adfærdsforstyrrelser', 'BPSD', 'uro'], 'Forebyggelse og håndtering af udadreagerende adfærd, især hos borgere med demens.'],
  ['smertelindring', 'Smertelindring', ['smerter', 'smertebehandling', 'smertevurdering'], 'Vurdering af smerter og lindring med medicin og ikke-medicinske metoder.'],
  ['kraeftpleje', 'Kræftpleje', ['kræft', 'cancer', 'kemoterapi'], 'Pleje og støtte til borgere med kræft under og efter behandlingen.'],
  ['sondeernaering', 'Sondeernæring', ['sonde', 'PEG-sonde', 'ernæringssonde'], 'Pleje af ernæringssonde og administration af sondeernæring.'],
];

const SOCIAL: CompetenceEntry[] = [
  ['psykisk-sygdom', 'Psykisk sygdom', ['psykiatri', 'psykisk lidelse', 'skizofreni', 'bipolar lidelse'], 'Viden om psykiske lidelser og om at støtte borgere med psykisk sygdom i hverdagen.'],
  ['depression', 'Depression og angst', ['angst', 'ensomhed', 'nedtrykthed'], 'Opsporing af og støtte ved depression, angst og ensomhed, ikke mindst hos ældre.'],
  ['misbrug', 'Misbrug', ['alkohol', 'rusmidler', 'afhængighed', 'alkoholmisbrug'], 'Samtaler og støtte til borgere med alkohol- eller stofmisbrug.'],
  ['motiverende-samtale', 'Motiverende samtale', ['MI', 'motivational interviewing', 'adfærdsændring'], 'En samtalemetode, der styrker borgerens egen motivation for forandring.'],
  ['konfliktnedtrapning', 'Konfliktnedtrapning', ['deeskalering', 'vold og trusler', 'trusler'], 'Metoder til at forebygge og nedtrappe konflikter og trusler i mødet med borgere.'],
  ['magtanvendelse', 'Magtanvendelse', ['tvang', 'fysisk guidning', 'magtanvendelsesregler'], 'Reglerne for magtanvendelse og de pædagogiske alternativer til den.'],
  ['recovery', 'Recovery', ['socialpsykiatri', 'bedringsproces', 'mestring'], 'En tilgang, hvor borgeren selv styrer vejen mod bedring med støtte fra fagpersoner.'],
  ['selvskade', 'Selvskade og selvmordsforebyggelse', ['selvmordsrisiko', 'selvskadende adfærd'], 'At opdage tegn på selvskade og selvmordstanker og handle rigtigt på dem.'],
  ['socialt-udsatte', 'Socialt udsatte borgere', ['hjemløshed', 'udsathed', 'gæld'], 'Arbejde med borgere i komplekse sociale situationer, fx hjemløshed eller gæld.'],
  ['underretning', 'Underretningspligt', ['underretning', 'bekymring for barn', 'omsorgssvigt'], 'Pligten til at underrette kommunen ved bekymring for et barn, og hvordan man gør det.'],
  ['krap', 'KRAP', ['kognitiv ressourcefokuseret', 'anerkendende pædagogik'], 'En kognitiv, ressourcefokuseret og anerkendende metode til at støtte mennesker i svære situationer.'],
  ['sorg-krise', 'Sorg og krise', ['krisehjælp', 'sorgbearbejdning', 'traumer'], 'Støtte til borgere, børn og kolleger i sorg og krise.'],
  ['vold-naere-relationer', 'Vold i nære relationer', ['partnervold', 'vold i hjemmet'], 'Opsporing af og hjælp ved vold i nære relationer.'],
];

const PEDAGOGY: CompetenceEntry[] = [
  ['sprogudvikling', 'Sprogudvikling', ['sprogstimulering', 'sprogvurdering', 'dialogisk læsning'], 'Understøttelse af børns sprog gennem leg, samtale og dialogisk læsning.'],
  ['laeseundervisning', 'Læseundervisning', ['læsning', 'læsevejleder', 'læseforståelse'], 'Undervisning og vejledning, der styrker elevernes læsefærdigheder og læselyst.'],
  ['matematik', 'Matematikundervisning', ['matematik', 'regning', 'matematikvejleder'], 'Undervisning i matematik med fokus på forståelse, problemløsning og ræsonnement.'],
  ['dansk-som-andetsprog', 'Dansk som andetsprog', ['DSA', 'tosprogede elever', 'flersprogede børn'], 'Undervisning og sprogstøtte til børn og unge med et andet modersmål end dansk.'],
  ['inklusion', 'Inklusion', ['inkluderende læringsmiljøer', 'fællesskaber', 'rummelighed'], 'At skabe læringsmiljøer, hvor alle børn er en del af fællesskabet.'],
  ['klasseledelse', 'Klasseledelse', ['klasserumsledelse', 'ro i klassen', 'struktur'], 'Tydelig ledelse af undervisningen, der skaber ro, struktur og gode relationer.'],
  ['motorik', 'Motorik og bevægelse', ['grovmotorik', 'finmotorik', 'bevægelse'], 'Leg og aktiviteter, der styrker børns motoriske udvikling.'],
  ['naturfag', 'Naturfag', ['natur/teknologi', 'biologi', 'fysik/kemi', 'science'], 'Undersøgende naturfagsundervisning, hvor eleverne eksperimenterer og stiller spørgsmål.'],
  ['udeskole', 'Udeskole og naturpædagogik', ['udeliv', 'naturpædagogik', 'uderum'], 'Læring og leg i naturen og i uderummet som en fast del af hverdagen.'],
  ['leg', 'Børns leg', ['legepædagogik', 'legekultur', 'rollelege'], 'Forståelse for legens betydning og for, hvordan voksne understøtter den.'],
  ['foraeldresamarbejde', 'Forældresamarbejde', ['forældresamtaler', 'skole-hjem-samarbejde', 'forældremøder'], 'Et tæt og respektfuldt samarbejde med forældre om barnets trivsel og læring.'],
  ['overgange', 'Overgange', ['skolestart', 'brobygning', 'overgang fra børnehave til skole'], 'Gode overgange for børn mellem dagpleje, vuggestue, børnehave og skole.'],
  ['trivsel', 'Trivsel og antimobning', ['mobning', 'antimobbestrategi', 'trivselsmåling'], 'Arbejde med børn og unges trivsel og forebyggelse af mobning.'],
  ['laereplan', 'Den styrkede pædagogiske læreplan', ['læreplan', 'læreplanstemaer', 'pædagogisk grundlag'], 'Arbejdet med den styrkede pædagogiske læreplan og dens seks læreplanstemaer.'],
  ['digital-dannelse', 'Digital dannelse', ['medieforståelse', 'skærmbrug', 'digital trivsel'], 'At hjælpe børn og unge til en sund og kritisk brug af digitale medier.'],
  ['it-i-undervisningen', 'It i undervisningen', ['digitale læremidler', 'Chromebook', 'læringsplatform'], 'Meningsfuld brug af digitale læremidler og værktøjer i undervisningen.'],
  ['feedback-evaluering', 'Feedback og evaluering', ['formativ evaluering', 'elevfeedback', 'læringsmål'], 'Løbende feedback og evaluering, der viser eleven det næste skridt i læringen.'],
  ['relationskompetence', 'Relationskompetence', ['relationsarbejde', 'anerkendelse', 'voksen-barn-relation'], 'Evnen til at skabe gode og trygge relationer til børn og unge.'],
  ['uddannelsesvejledning', 'Uddannelsesvejledning', ['vejledning', 'UU', 'valg af ungdomsuddannelse'], 'Vejledning af unge om valg af uddannelse og job.'],
  ['praktikvejledning', 'Praktikvejledning', ['praktikvejleder', 'studerende', 'elevvejledning'], 'Vejledning af pædagog-, lærer- og SOSU-studerende i praktik.'],
  ['musik-med-boern', 'Musik og sang med børn', ['sang', 'rytmik', 'musikalsk leg'], 'Musik, sang og rytmik som en del af hverdagen med børn.'],
  ['fremmedsprog', 'Fremmedsprogsundervisning', ['engelskundervisning', 'tyskundervisning', 'fransk'], 'Undervisning i engelsk, tysk og andre fremmedsprog.'],
  ['haandvaerk-design', 'Håndværk og design', ['sløjd', 'håndarbejde', 'værksted'], 'Praktisk undervisning i værkstedet med fokus på materialer, idéer og design.'],
  ['madkundskab', 'Madkundskab', ['hjemkundskab', 'madlavning med børn', 'sund mad'], 'Undervisning i madlavning, råvarer og sund kost.'],
  ['vuggestue', 'Vuggestuepædagogik', ['0-2-årige', 'småbørn', 'tilknytning'], 'Pædagogik for de yngste børn med fokus på tryghed, tilknytning og omsorg.'],
  ['dagpleje', 'Dagpleje', ['dagplejer', 'gæstepleje', 'legestue'], 'Pædagogisk arbejde med små børnegrupper i dagplejerens eget hjem.'],
  ['bevaegelse-i-undervisningen', 'Bevægelse i undervisningen', ['aktive pauser', 'bevægelse i skoledagen'], 'Bevægelse og aktive pauser, der fremmer læring og trivsel i skoledagen.'],
  ['differentiering', 'Undervisningsdifferentiering', ['differentiering', 'niveaudeling', 'tilpasset undervisning'], 'At tilrettelægge undervisningen, så den passer til den enkelte elevs forudsætninger.'],
];

const SPECIAL_NEEDS: CompetenceEntry[] = [
  ['ordblindhed', 'Ordblindhed', ['dysleksi', 'læsevanskeligheder', 'ordblindetest', 'LST'], 'Identifikation af ordblindhed og støtte med læse- og skriveteknologi og tilrettelagt undervisning.'],
  ['talblindhed', 'Talblindhed', ['dyskalkuli', 'matematikvanskeligheder', 'regnevanskeligheder'], 'Støtte til elever med vedvarende vanskeligheder med tal og regning.'],
  ['autisme', 'Autisme', ['autismespektrumforstyrrelse', 'ASF', 'Aspergers syndrom'], 'Pædagogisk arbejde med børn og voksne med autisme, herunder struktur og visualisering.'],
  ['adhd', 'ADHD', ['ADD', 'opmærksomhedsforstyrrelse', 'koncentrationsvanskeligheder'], 'Strategier, der hjælper børn og voksne med ADHD til at fungere i hverdagen.'],
  ['low-arousal', 'Low arousal', ['affektregulering', 'nedtrapning', 'Studio III'], 'En pædagogisk tilgang, der sænker krav og affektniveau for at undgå konflikter.'],
  ['neuropaedagogik', 'Neuropædagogik', ['neuropsykologi', 'hjernens udvikling'], 'Pædagogik, der bygger på viden om hjernens funktion og udvikling.'],
  ['sansemotorik', 'Sansemotorik', ['sanseintegration', 'sansestimulering', 'sensorisk bearbejdning'], 'Aktiviteter, der støtter børn med vanskeligheder ved at bearbejde sanseindtryk.'],
  ['marte-meo', 'Marte Meo', ['videobaseret vejledning', 'samspil', 'udviklingsstøtte'], 'En videobaseret metode, der styrker samspillet mellem voksne og børn.'],
  ['skolefravaer', 'Skolefravær', ['skolevægring', 'ufrivilligt skolefravær', 'hjemmesidder'], 'Forebyggelse af og indsats ved bekymrende skolefravær.'],
  ['angst-hos-boern', 'Angst hos børn og unge', ['børneangst', 'Cool Kids', 'bekymringer'], 'Genkendelse af angst hos børn og unge og metoder til at støtte dem.'],
  ['tale-sprog', 'Tale- og sprogvanskeligheder', ['talepædagogik', 'stammen', 'udtalevanskeligheder'], 'Udredning og støtte ved tale-, sprog- og kommunikationsvanskeligheder.'],
  ['hoere-syn', 'Høre- og synsvanskeligheder', ['høretab', 'nedsat syn', 'CI'], 'Tilrettelæggelse af hverdagen for børn med nedsat hørelse eller syn.'],
  ['ask', 'Alternativ og supplerende kommunikation', ['ASK', 'piktogrammer', 'tegn til tale'], 'Kommunikation med billeder, tegn og hjælpemidler for børn og voksne uden talesprog.'],
  ['udviklingshaemning', 'Udviklingshæmning', ['kognitiv funktionsnedsættelse', 'udviklingsforstyrrelse'], 'Pædagogisk støtte til børn og voksne med udviklingshæmning.'],
  ['tidlig-indsats', 'Tidlig indsats', ['tidlig opsporing hos børn', 'bekymring', 'forebyggende indsats'], 'At opdage børn i mistrivsel tidligt og sætte ind, før problemerne vokser.'],
  ['specialundervisning', 'Specialundervisning', ['specialklasse', 'støtteundervisning', 'specialpædagogisk bistand'], 'Tilrettelæggelse af undervisning for elever med særlige behov.'],
  ['ppr-udredning', 'Pædagogisk-psykologisk udredning', ['PPR', 'PPV', 'psykologisk vurdering'], 'Udredning af børns trivsel, udvikling og læring som grundlag for den rette støtte.'],
];

/** The whole catalogue, welfare categories first. */
export const COMPETENCES: readonly CompetenceSeed[] = [
  ...group('Sundhed og pleje', HEALTH),
  ...group('Psykiatri og socialfaglighed', SOCIAL),
  ...group('Pædagogik og læring', PEDAGOGY),
  ...group('Specialpædagogik', SPECIAL_NEEDS),
  ...GENERAL_GROUPS.flatMap(([category, entries]) => group(category, entries)),
];
