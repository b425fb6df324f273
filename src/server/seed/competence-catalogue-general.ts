// The general half of the demo competence catalogue: leadership, projects, staff
// functions, technical services, culture and the skills every area shares.
// Only types come from competence-catalogue.ts, so the two files form no import cycle.
import type { Category, CompetenceEntry } from './competence-catalogue';

const LEADERSHIP: CompetenceEntry[] = [
  ['personaleledelse', 'Personaleledelse', ['medarbejderledelse', 'personaleansvar'], 'Ledelse af medarbejdere med fokus på trivsel, udvikling og resultater.'],
  ['forandringsledelse', 'Forandringsledelse', ['forandringsprocesser', 'omstilling', 'implementering'], 'At lede sikkert gennem forandringer og skabe ejerskab hos medarbejderne.'],
  ['strategisk-ledelse', 'Strategisk ledelse', ['strategi', 'målstyring', 'retning'], 'At sætte retning, formulere mål og omsætte strategi til praksis.'],
  ['faglig-ledelse', 'Faglig ledelse', ['faglig udvikling', 'kvalitetsudvikling'], 'Ledelse af kerneopgaven og den faglige kvalitet i hverdagen.'],
  ['distanceledelse', 'Distanceledelse', ['hybridledelse', 'ledelse på afstand'], 'Ledelse af medarbejdere, der arbejder ude hos borgerne eller på flere adresser.'],
  ['coaching', 'Coaching', ['coachende samtaler', 'sparring'], 'Samtaler, der hjælper den anden til selv at finde løsninger og næste skridt.'],
  ['konflikthaandtering', 'Konflikthåndtering', ['mægling', 'konfliktløsning', 'uenighed'], 'At håndtere og løse konflikter mellem kolleger eller i teams.'],
  ['udviklingssamtaler', 'Udviklingssamtaler', ['MUS', 'GRUS', 'medarbejderudviklingssamtaler'], 'Gode udviklingssamtaler, der sætter retning for medarbejderens faglige udvikling.'],
  ['arbejdsmiljoe', 'Arbejdsmiljø', ['APV', 'psykisk arbejdsmiljø', 'arbejdsmiljørepræsentant', 'AMR'], 'Arbejdet med et sundt fysisk og psykisk arbejdsmiljø, herunder APV.'],
  ['sygefravaer', 'Sygefraværsindsats', ['fraværssamtaler', 'fravær', 'tilbagevenden'], 'Omsorgs- og fraværssamtaler og en god vej tilbage efter sygdom.'],
  ['selvledelse', 'Selvledelse', ['selvstyrende teams', 'prioritering', 'egen planlægning'], 'At planlægge og prioritere eget arbejde og tage ansvar i selvstyrende teams.'],
  ['kompetenceudvikling', 'Kompetenceudvikling', ['efteruddannelse', 'kompetenceplan', 'kompetenceafklaring'], 'At afklare og planlægge medarbejdernes udvikling ud fra enhedens kerneviden.'],
  ['tillidsbaseret-ledelse', 'Tillidsbaseret ledelse', ['tillidsreform', 'tillid', 'mindre kontrol'], 'Ledelse, der giver medarbejderne handlerum og ansvar frem for detaljeret kontrol.'],
  ['ledelse-af-ledere', 'Ledelse af ledere', ['topledelse', 'ledergruppe'], 'At lede og udvikle andre ledere og en ledergruppe.'],
];

const PROJECTS: CompetenceEntry[] = [
  ['projektledelse', 'Projektledelse', ['projektstyring', 'PRINCE2', 'projektplan'], 'At planlægge, styre og gennemføre projekter til tiden og inden for budgettet.'],
  ['fundraising', 'Fundraising', ['fondsansøgning', 'fondsmidler', 'puljer', 'ansøgningsskrivning'], 'At finde og søge fonde og puljer og skrive ansøgninger, der bliver bevilget.'],
  ['eu-projekter', 'EU-projekter', ['EU-midler', 'Interreg', 'Erasmus+'], 'Ansøgning om og administration af projekter med støtte fra EU.'],
  ['procesfacilitering', 'Procesfacilitering', ['facilitering', 'workshopledelse', 'proceskonsulent'], 'At planlægge og lede møder og workshops, så alle bidrager og der skabes resultater.'],
  ['innovation', 'Innovation', ['nytænkning', 'idéudvikling', 'designtænkning'], 'Metoder til at udvikle og afprøve nye løsninger sammen med borgere og kolleger.'],
  ['samskabelse', 'Samskabelse', ['co-creation', 'borgerinddragelse', 'partnerskaber'], 'At skabe løsninger sammen med borgere, foreninger og virksomheder.'],
  ['effektmaaling', 'Evaluering og effektmåling', ['evaluering', 'effekt', 'forandringsteori'], 'At måle og dokumentere, om en indsats virker, fx med en forandringsteori.'],
  ['interessenter', 'Interessenthåndtering', ['interessentanalyse', 'stakeholders'], 'At kortlægge og involvere de parter, et projekt berører.'],
  ['agile-metoder', 'Agile metoder', ['scrum', 'kanban', 'agil'], 'At arbejde i korte iterationer med løbende prioritering og tæt feedback.'],
  ['projektoekonomi', 'Projektøkonomi', ['projektbudget', 'projektregnskab', 'bevillingsstyring'], 'Budget, opfølgning og regnskab for eksternt finansierede projekter.'],
  ['lean', 'LEAN', ['procesoptimering', 'tavlemøder', 'forbedringsarbejde'], 'Systematisk forbedring af arbejdsgange med fokus på værdi for borgeren.'],
];

const DIGITAL: CompetenceEntry[] = [
  ['velfaerdsteknologi', 'Velfærdsteknologi', ['skærmbesøg', 'spiserobot', 'vasketoilet', 'sensorer'], 'Afprøvning og brug af teknologi, der giver borgere mere selvstændighed.'],
  ['omsorgsjournal', 'Omsorgsjournal', ['elektronisk omsorgsjournal', 'EOJ', 'fagsystem'], 'Brug af kommunens elektroniske omsorgsjournal til planlægning og dokumentation.'],
  ['microsoft-365', 'Microsoft 365', ['Office', 'Word', 'Outlook', 'Teams'], 'Effektiv brug af Word, Outlook, Teams og de øvrige programmer i Microsoft 365.'],
  ['excel', 'Excel', ['regneark', 'pivottabeller', 'formler'], 'Regneark, formler og pivottabeller til opgørelser og analyser.'],
  ['dataanalyse', 'Dataanalyse', ['Power BI', 'data', 'ledelsesinformation', 'statistik'], 'At omsætte data til overblik og ledelsesinformation, fx i Power BI.'],
  ['informationssikkerhed', 'Informationssikkerhed', ['IT-sikkerhed', 'phishing', 'adgangsstyring'], 'Sikker håndtering af data og systemer, så følsomme oplysninger ikke slipper ud.'],
  ['automatisering', 'Automatisering', ['RPA', 'softwarerobot', 'robotter'], 'Automatisering af gentagne sagsgange med softwarerobotter.'],
  ['kunstig-intelligens', 'Kunstig intelligens', ['AI', 'KI', 'generativ AI', 'Copilot'], 'Ansvarlig brug af kunstig intelligens i kommunens opgaver.'],
  ['aula', 'Aula', ['forældreintra', 'skolekommunikation', 'intra'], 'Kommunikation med forældre og elever gennem Aula.'],
  ['gis', 'GIS og kort', ['geodata', 'kortlægning', 'QGIS'], 'Brug af geografiske data og kort i planlægning og drift.'],
  ['digital-borgerhjaelp', 'Digital borgerhjælp', ['MitID', 'Digital Post', 'borger.dk', 'selvbetjening'], 'Hjælp til borgere med MitID, Digital Post og selvbetjening.'],
  ['it-support', 'It-support', ['helpdesk', 'brugersupport', 'fejlfinding'], 'Hjælp til kolleger med udstyr, adgange og fejl i systemerne.'],
  ['systemadministration', 'Systemadministration', ['servere', 'netværk', 'it-drift'], 'Drift og vedligehold af kommunens systemer, servere og netværk.'],
  ['digital-tilgaengelighed', 'Digital tilgængelighed', ['webtilgængelighed', 'WCAG', 'tilgængelighed'], 'At gøre hjemmesider og dokumenter tilgængelige for alle, også med handicap.'],
];

const COMMUNICATION: CompetenceEntry[] = [
  ['klarsprog', 'Klarsprog', ['skriftlig kommunikation', 'letlæst', 'forståelige breve'], 'At skrive breve og tekster, som borgerne forstår første gang.'],
  ['borgerkommunikation', 'Borgerkommunikation', ['borgerbetjening', 'kundeservice', 'telefonbetjening'], 'Den gode dialog med borgere ansigt til ansigt, i telefonen og på skrift.'],
  ['sociale-medier', 'Sociale medier', ['Facebook', 'Instagram', 'LinkedIn', 'SoMe'], 'Planlægning og redigering af indhold på kommunens sociale medier.'],
  ['presse', 'Pressehåndtering', ['presse', 'medier', 'pressemeddelelse', 'krisekommunikation'], 'Kontakt med pressen og kommunikation i sager, der får opmærksomhed.'],
  ['formidling', 'Formidling', ['storytelling', 'fortælling', 'faglig formidling'], 'At fortælle om faglig viden, så den fænger og bliver brugt.'],
  ['praesentation', 'Præsentationsteknik', ['oplæg', 'PowerPoint', 'tale foran forsamling'], 'At holde klare og engagerende oplæg for kolleger, borgere og politikere.'],
  ['interkulturel', 'Interkulturel kommunikation', ['kulturforståelse', 'tolkebistand', 'tolk'], 'Kommunikation og samarbejde på tværs af sprog og kulturer, også med tolk.'],
  ['intern-kommunikation', 'Intern kommunikation', ['intranet', 'nyhedsbrev', 'medarbejderkommunikation'], 'At sikre, at kolleger får den rette information på det rette tidspunkt.'],
  ['grafisk-design', 'Grafisk design', ['layout', 'InDesign', 'visuel identitet', 'plakater'], 'Layout af plakater, foldere og grafik efter kommunens visuelle identitet.'],
  ['foto-video', 'Foto og video', ['film', 'videoredigering', 'fotografering'], 'Produktion af billeder og korte film til web og sociale medier.'],
  ['webredaktion', 'Webredaktion', ['hjemmeside', 'CMS', 'webindhold'], 'Redigering af indhold på kommunens hjemmeside og intranet.'],
];

const ADMINISTRATION: CompetenceEntry[] = [
  ['sagsbehandling', 'Sagsbehandling', ['sagsbehandler', 'afgørelser', 'partshøring'], 'Korrekt og rettidig behandling af sager fra ansøgning til afgørelse.'],
  ['forvaltningsret', 'Forvaltningsret', ['forvaltningsloven', 'offentlighedsloven', 'aktindsigt'], 'Forvaltningsloven og offentlighedsloven i praksis, herunder aktindsigt.'],
  ['databeskyttelse', 'Databeskyttelse', ['GDPR', 'persondata', 'databeskyttelsesforordningen'], 'Lovlig behandling af personoplysninger efter databeskyttelsesreglerne.'],
  ['journalisering', 'Journalisering', ['ESDH', 'arkivering', 'dokumenthåndtering'], 'Korrekt journalisering og arkivering af sager og dokumenter.'],
  ['budget', 'Budget og økonomistyring', ['budgetlægning', 'økonomi', 'budgetopfølgning'], 'Budgetlægning og løbende opfølgning på økonomien i en enhed.'],
  ['regnskab', 'Regnskab', ['bogføring', 'afstemning', 'årsregnskab'], 'Bogføring, afstemning og regnskabsaflæggelse efter de kommunale regler.'],
  ['loen', 'Løn og personaleadministration', ['lønadministration', 'ansættelse', 'overenskomst'], 'Lønberegning, ansættelsesbreve og anvendelse af overenskomster.'],
  ['rekruttering', 'Rekruttering', ['ansættelsessamtaler', 'stillingsopslag', 'onboarding'], 'Hele rekrutteringsforløbet fra stillingsopslag til en god modtagelse af nye.'],
  ['indkoeb-udbud', 'Indkøb og udbud', ['udbud', 'udbudsloven', 'indkøbsaftaler'], 'Indkøb efter kommunens aftaler og gennemførelse af udbud efter udbudsloven.'],
  ['kontraktstyring', 'Kontraktstyring', ['kontrakter', 'leverandørstyring', 'aftaler'], 'Opfølgning på kontrakter og samarbejdet med leverandører.'],
  ['politisk-betjening', 'Politisk betjening', ['dagsordenspunkter', 'byrådet', 'udvalgsbetjening'], 'Udarbejdelse af dagsordenspunkter og betjening af udvalg og byråd.'],
  ['sekretariat', 'Sekretariatsopgaver', ['mødeplanlægning', 'referater', 'kalenderstyring'], 'Planlægning af møder, referater og praktisk koordinering for ledelse og kolleger.'],
  ['kommunalret', 'Kommunalret', ['kommunalfuldmagten', 'jura', 'lovgivning'], 'Rammerne for, hvad en kommune må og skal efter kommunalretten.'],
  ['borgerservice', 'Pas, kørekort og folkeregister', ['pas', 'kørekort', 'sundhedskort', 'flytning'], 'Betjening af borgere om pas, kørekort, sundhedskort og flytning.'],
  ['serviceloven', 'Serviceloven', ['SEL', 'lov om social service', 'barnets lov'], 'Kendskab til serviceloven og barnets lov som grundlag for kommunens hjælp.'],
];

const TECHNICAL: CompetenceEntry[] = [
  ['vejdrift', 'Vejdrift', ['vejvedligehold', 'asfalt', 'huller i vejen'], 'Drift og vedligehold af kommunale veje, fortove og stier.'],
  ['vintertjeneste', 'Vintertjeneste', ['snerydning', 'glatførebekæmpelse', 'saltning'], 'Snerydning og glatførebekæmpelse, så borgerne kan komme sikkert frem.'],
  ['groen-drift', 'Grøn drift', ['parkpleje', 'beplantning', 'græsslåning', 'gartner'], 'Pleje af parker, grønne områder og beplantning.'],
  ['naturforvaltning', 'Naturforvaltning', ['naturpleje', 'biodiversitet', 'fredning'], 'Pleje og beskyttelse af natur og biodiversitet.'],
  ['byggesag', 'Byggesagsbehandling', ['byggetilladelse', 'bygningsreglement', 'BR18'], 'Behandling af byggeansøgninger efter bygningsreglementet.'],
  ['miljoetilsyn', 'Miljøtilsyn', ['miljøgodkendelse', 'landbrugstilsyn', 'virksomhedstilsyn'], 'Tilsyn med virksomheder og landbrug efter miljølovgivningen.'],
  ['klimatilpasning', 'Klimatilpasning', ['skybrud', 'oversvømmelse', 'regnvand'], 'Løsninger, der beskytter byen mod skybrud, oversvømmelser og stigende havvand.'],
  ['affald', 'Affald og genbrug', ['genbrugsplads', 'affaldssortering', 'cirkulær økonomi'], 'Indsamling, sortering og genanvendelse af affald.'],
  ['spildevand', 'Spildevand og vandmiljø', ['kloak', 'vandløb', 'grundvand'], 'Planlægning og tilsyn med spildevand, vandløb og grundvand.'],
  ['trafiksikkerhed', 'Trafiksikkerhed', ['skolevej', 'trafikplanlægning', 'hastighed'], 'Trafiksikre løsninger, fx sikre skoleveje og hastighedsdæmpning.'],
  ['lokalplan', 'Lokalplanlægning', ['planloven', 'kommuneplan', 'byplanlægning'], 'Udarbejdelse af lokalplaner og kommuneplan efter planloven.'],
  ['bygningsvedligehold', 'Bygningsvedligehold', ['ejendomsservice', 'pedel', 'teknisk service'], 'Løbende vedligehold og service af kommunens bygninger.'],
  ['energi', 'Energi og bygningsdrift', ['energibesparelse', 'CTS', 'varmestyring'], 'Energioptimering af kommunale bygninger og styring af varme og ventilation.'],
  ['arbejde-paa-vej', 'Arbejde på vej', ['afmærkning', 'vejarbejde', 'skiltning'], 'Sikker afmærkning og udførelse af arbejde på og ved vejen.'],
  ['maskinfoerer', 'Maskinfører', ['entreprenørmaskiner', 'traktor', 'gummiged'], 'Betjening af traktor, gummiged og andre maskiner i driften.'],
  ['beredskab', 'Redning og beredskab', ['brandslukning', 'brandvæsen', 'redningsberedskab'], 'Indsats ved brand, ulykker og andre hændelser som en del af beredskabet.'],
  ['brandforebyggelse', 'Brandforebyggelse', ['brandsyn', 'brandsikkerhed', 'evakuering'], 'Brandsyn, brandøvelser og sikre flugtveje i kommunens bygninger.'],
];

const CULTURE: CompetenceEntry[] = [
  ['litteraturformidling', 'Litteraturformidling', ['læseklub', 'bogklub', 'forfatterarrangementer'], 'At skabe læselyst gennem anbefalinger, læseklubber og forfattermøder.'],
  ['boerneformidling', 'Formidling for børn', ['børnebibliotek', 'højtlæsning', 'børnekultur'], 'Kulturtilbud og formidling rettet mod børn og familier.'],
  ['arrangementer', 'Arrangementsplanlægning', ['eventplanlægning', 'events', 'koncerter', 'afvikling'], 'Planlægning og afvikling af arrangementer fra idé til oprydning.'],
  ['frivillighed', 'Frivilligkoordinering', ['frivillige', 'frivilligt arbejde', 'foreningssamarbejde'], 'Rekruttering af og samarbejde med frivillige.'],
  ['foreningsliv', 'Foreningsliv', ['folkeoplysning', 'foreningsstøtte', 'lokaletildeling'], 'Samarbejde med foreninger og administration efter folkeoplysningsloven.'],
  ['idraet', 'Idræt og motion', ['sport', 'holdtræning', 'svømning', 'instruktør'], 'Idræts- og motionstilbud for børn, unge og voksne.'],
  ['musikundervisning', 'Musikundervisning', ['instrumentalundervisning', 'kor', 'sammenspil'], 'Undervisning i instrument, sang og sammenspil.'],
  ['kulturarv', 'Kulturarv og museer', ['museum', 'lokalhistorie', 'arkiv', 'udstillinger'], 'Indsamling, bevaring og formidling af lokalhistorie og kulturarv.'],
  ['ungdomsarbejde', 'Ungdomsarbejde', ['ungdomsklub', 'fritidsklub', 'opsøgende arbejde'], 'Pædagogisk arbejde med unge i klubber og ungdomsskole.'],
  ['kunstformidling', 'Kunstformidling', ['billedkunst', 'kunst', 'kunstudstillinger'], 'Formidling af kunst og kulturoplevelser til borgere i alle aldre.'],
  ['lyd-lys-scene', 'Lyd, lys og scene', ['sceneteknik', 'lydteknik', 'lysdesign'], 'Teknisk afvikling af koncerter, teater og andre forestillinger.'],
  ['makerspace', 'Makerspace', ['3D-print', 'robotteknologi', 'kodning for børn'], 'Værksteder, hvor børn og voksne eksperimenterer med teknologi og 3D-print.'],
  ['livredning', 'Livredning', ['livredder', 'bassinlivredning', 'svømmehal'], 'Livredning og sikkerhed i svømmehallen og ved vand.'],
];

const COLLABORATION: CompetenceEntry[] = [
  ['videndeling', 'Videndeling', ['erfaringsudveksling', 'vidensdeling', 'den lærende organisation'], 'At dele erfaringer og viden med kolleger, så alle bliver klogere.'],
  ['oplaering', 'Oplæring af nye kolleger', ['sidemandsoplæring', 'mentor', 'introduktion af nye'], 'At tage godt imod nye kolleger og lære dem op i praksis.'],
  ['tvaerfagligt-samarbejde', 'Tværfagligt samarbejde', ['tværfaglighed', 'på tværs', 'samarbejde mellem faggrupper'], 'Samarbejde med andre faggrupper om borgerens eller barnets samlede forløb.'],
  ['moedeledelse', 'Mødeledelse', ['gode møder', 'dagsorden', 'det lærende møde'], 'At lede effektive møder, hvor der træffes beslutninger og deles læring.'],
  ['supervision', 'Supervision og refleksion', ['faglig refleksion', 'kollegial sparring', 'refleksionsmøder'], 'Struktureret faglig refleksion alene eller i grupper.'],
  ['foerstehjaelp', 'Førstehjælp', ['hjertestarter', 'genoplivning', 'hjerte-lunge-redning'], 'Førstehjælp og hjerte-lunge-redning, når det gælder.'],
  ['tillidsrepraesentant', 'Tillidsrepræsentant og MED', ['TR', 'MED-udvalg', 'medindflydelse'], 'Arbejdet som tillidsrepræsentant eller medlem af et MED-udvalg.'],
  ['kollegial-feedback', 'Kollegial feedback', ['feedback', 'kollegasparring'], 'At give og modtage konstruktiv feedback blandt kolleger.'],
  ['mangfoldighed', 'Mangfoldighed på arbejdspladsen', ['ligestilling', 'diversitet', 'inkluderende arbejdsplads'], 'En arbejdsplads, hvor forskellige baggrunde og perspektiver bliver brugt.'],
  ['kvalitetsarbejde', 'Kvalitetsarbejde', ['kvalitetsudvikling', 'utilsigtede hændelser', 'akkreditering'], 'Systematisk kvalitetsarbejde, herunder rapportering af utilsigtede hændelser.'],
];

const LANGUAGES: CompetenceEntry[] = [
  ['sprog-engelsk', 'Engelsk', ['English', 'engelsktalende'], 'Kan kommunikere på engelsk med borgere og samarbejdspartnere.'],
  ['sprog-tysk', 'Tysk', ['Deutsch', 'tysktalende'], 'Kan kommunikere på tysk, fx med turister og tyske samarbejdspartnere.'],
  ['sprog-arabisk', 'Arabisk', ['arabisktalende'], 'Kan tale arabisk og hjælpe i mødet med arabisktalende borgere.'],
  ['sprog-polsk', 'Polsk', ['polsktalende'], 'Kan tale polsk og hjælpe i mødet med polsktalende borgere og kolleger.'],
  ['sprog-ukrainsk', 'Ukrainsk', ['ukrainsktalende', 'russisk'], 'Kan tale ukrainsk og hjælpe i mødet med ukrainske familier.'],
  ['sprog-tyrkisk', 'Tyrkisk', ['tyrkisktalende'], 'Kan tale tyrkisk og hjælpe i mødet med tyrkisktalende borgere.'],
  ['sprog-somali', 'Somali', ['somalisk'], 'Kan tale somali og hjælpe i mødet med somalisktalende borgere.'],
  ['tegnsprog', 'Tegnsprog', ['dansk tegnsprog', 'døve', 'hørehæmmede'], 'Kan kommunikere med døve og hørehæmmede på dansk tegnsprog.'],
];

export const GENERAL_GROUPS: ReadonlyArray<readonly [Category, readonly CompetenceEntry[]]> = [
  ['Ledelse', LEADERSHIP],
  ['Projekt og fundraising', PROJECTS],
  ['Digitalisering', DIGITAL],
  ['Kommunikation', COMMUNICATION],
  ['Administration', ADMINISTRATION],
  ['Teknik og miljø', TECHNICAL],
  ['Kultur og fritid', CULTURE],
  ['Samarbejde og videndeling', COLLABORATION],
  ['Sprog', LANGUAGES],
];
