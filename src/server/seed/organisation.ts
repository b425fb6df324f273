// The organisation of the fictional Fjordby Kommune: areas, units, and for each kind of
// unit the competences its people typically have. Ids are short and stable because
// demo accounts, tests and the wire all refer to them.
import type { Category } from './competence-catalogue';

export type UnitKind =
  | 'homeCare' | 'nursingHome' | 'health' | 'school' | 'specialNeeds' | 'dayCare'
  | 'library' | 'culture' | 'technical' | 'administration' | 'hr' | 'it' | 'communication';

export interface AreaSeed { id: string; name: string }
export interface UnitSeed {
  id: string;
  areaId: string;
  name: string;
  kind: UnitKind;
  /** Relative headcount: home care and schools are big, a museum is small. */
  size: number;
}

export const AREAS: readonly AreaSeed[] = [
  { id: 'a-aeldre', name: 'Ældre og sundhed' },
  { id: 'a-skoler', name: 'Skoler' },
  { id: 'a-dagtilbud', name: 'Dagtilbud' },
  { id: 'a-kultur', name: 'Kultur og fritid' },
  { id: 'a-teknik', name: 'Teknik og miljø' },
  { id: 'a-stab', name: 'Administration og stab' },
];

type UnitLine = readonly [id: string, name: string, kind: UnitKind, size: number];

const UNITS_BY_AREA: Record<string, readonly UnitLine[]> = {
  'a-aeldre': [
    ['u-hjemmepleje-nord', 'Hjemmeplejen Nord', 'homeCare', 90],
    ['u-hjemmepleje-syd', 'Hjemmeplejen Syd', 'homeCare', 85],
    ['u-hjemmepleje-oest', 'Hjemmeplejen Øst', 'homeCare', 80],
    ['u-hjemmepleje-vest', 'Hjemmeplejen Vest', 'homeCare', 85],
    ['u-hjemmepleje-centrum', 'Hjemmeplejen Centrum', 'homeCare', 95],
    ['u-hjemmepleje-aften-nat', 'Hjemmeplejen Aften og Nat', 'homeCare', 50],
    ['u-pc-solbakken', 'Plejecenter Solbakken', 'nursingHome', 70],
    ['u-pc-fjordglimt', 'Plejecenter Fjordglimt', 'nursingHome', 65],
    ['u-pc-egely', 'Plejecenter Egely', 'nursingHome', 55],
    ['u-pc-lindegaarden', 'Plejecenter Lindegården', 'nursingHome', 60],
    ['u-pc-havbrisen', 'Plejecenter Havbrisen', 'nursingHome', 50],
    ['u-pc-kastaniehaven', 'Demenscenter Kastaniehaven', 'nursingHome', 60],
    ['u-hjemmesygepleje', 'Hjemmesygeplejen', 'health', 45],
    ['u-traening', 'Træning og Rehabilitering', 'health', 35],
    ['u-sundhedscenter', 'Sundhedscenter Fjordby', 'health', 20],
    ['u-akutteam', 'Akutteamet', 'health', 15],
    ['u-visitation', 'Visitation og Hjælpemidler', 'health', 18],
    ['u-sekr-aeldre', 'Sekretariatet for Ældre og sundhed', 'administration', 12],
  ],
  'a-skoler': [
    ['u-fjordby-skole', 'Fjordby Skole', 'school', 75],
    ['u-vestre-skole', 'Vestre Skole', 'school', 60],
    ['u-oestre-skole', 'Østre Skole', 'school', 55],
    ['u-nordre-skole', 'Nordre Skole', 'school', 50],
    ['u-havneskolen', 'Havneskolen', 'school', 60],
    ['u-bakkeskolen', 'Bakkeskolen', 'school', 45],
    ['u-strandskolen', 'Strandskolen', 'school', 40],
    ['u-lindebjerg-skole', 'Lindebjerg Skole', 'school', 35],
    ['u-aadalens-skole', 'Ådalens Skole', 'school', 45],
    ['u-specialskolen-aabrinken', 'Specialskolen Åbrinken', 'specialNeeds', 45],
    ['u-ppr', 'PPR – Pædagogisk Psykologisk Rådgivning', 'specialNeeds', 22],
    ['u-skoleafdelingen', 'Skoleafdelingen', 'administration', 10],
  ],
  'a-dagtilbud': [
    ['u-bh-maelkeboetten', 'Børnehuset Mælkebøtten', 'dayCare', 28],
    ['u-bh-regnbuen', 'Børnehuset Regnbuen', 'dayCare', 25],
    ['u-bh-skovtrolden', 'Børnehaven Skovtrolden', 'dayCare', 20],
    ['u-vug-myretuen', 'Vuggestuen Myretuen', 'dayCare', 18],
    ['u-bh-solsikken', 'Børnehuset Solsikken', 'dayCare', 26],
    ['u-bh-troldehoej', 'Børnehuset Troldehøj', 'dayCare', 24],
    ['u-nbh-oernereden', 'Naturbørnehaven Ørnereden', 'dayCare', 16],
    ['u-bh-aeblehaven', 'Børnehuset Æblehaven', 'dayCare', 22],
    ['u-dagplejen', 'Dagplejen Fjordby', 'dayCare', 60],
    ['u-dagtilbudsafdelingen', 'Dagtilbudsafdelingen', 'administration', 8],
  ],
  'a-kultur': [
    ['u-bibliotek', 'Fjordby Bibliotek', 'library', 25],
    ['u-bibliotek-vestby', 'Vestby Bibliotek', 'library', 8],
    ['u-kulturhuset', 'Kulturhuset Pakhuset', 'culture', 14],
    ['u-musikskolen', 'Fjordby Musikskole', 'culture', 22],
    ['u-ungdomsskolen', 'Fjordby Ungdomsskole', 'culture', 20],
    ['u-klub-vaerftet', 'Ungdomsklubben Værftet', 'culture', 14],
    ['u-idraetscenter', 'Fjordby Idræts- og Svømmecenter', 'culture', 16],
    ['u-museum', 'Fjordby Museum', 'culture', 9],
  ],
  'a-teknik': [
    ['u-vej-park', 'Vej og Park', 'technical', 50],
    ['u-byggeri-plan', 'Byggeri og Plan', 'technical', 20],
    ['u-natur-miljoe', 'Natur og Miljø', 'technical', 20],
    ['u-affald-genbrug', 'Affald og Genbrug', 'technical', 25],
    ['u-ejendomsservice', 'Ejendomsservice', 'technical', 35],
    ['u-beredskab', 'Beredskab Fjordby', 'technical', 22],
  ],
  'a-stab': [
    ['u-borgerservice', 'Borgerservice', 'administration', 35],
    ['u-oekonomi-loen', 'Økonomi og Løn', 'administration', 30],
    ['u-hr', 'HR og Udvikling', 'hr', 25],
    ['u-it', 'IT og Digitalisering', 'it', 30],
    ['u-kommunikation', 'Kommunikation', 'communication', 10],
    ['u-jura-sekretariat', 'Jura og Sekretariat', 'administration', 15],
    ['u-indkoeb', 'Indkøb og Udbud', 'administration', 10],
  ],
};

export const UNITS: readonly UnitSeed[] = AREAS.flatMap((area) =>
  (UNITS_BY_AREA[area.id] ?? []).map(([id, name, kind, size]) => ({ id, areaId: area.id, name, kind, size })));

/**
 * Where a kind's competences come from. `common` are the handful nearly everyone in such
 * a unit has (demens in home care), so the gap analysis and the search have real peaks.
 */
export interface CompetenceProfile {
  common: readonly string[];
  primary: readonly Category[];
  secondary: readonly Category[];
}

/** Skills found in every kind of unit, drawn now and then for anyone. */
export const GENERAL_CATEGORIES: readonly Category[] = ['Samarbejde og videndeling', 'Sprog', 'Kommunikation', 'Digitalisering'];

export const COMPETENCE_PROFILES: Record<UnitKind, CompetenceProfile> = {
  homeCare: {
    common: ['demens', 'forflytning', 'medicinhaandtering', 'personlig-pleje', 'hygiejne', 'tidlig-opsporing', 'hverdagsrehabilitering', 'dokumentation', 'nattevagt', 'omsorgsjournal'],
    primary: ['Sundhed og pleje'],
    secondary: ['Psykiatri og socialfaglighed'],
  },
  nursingHome: {
    common: ['demens', 'forflytning', 'udadreagerende', 'palliation', 'ernaering', 'personlig-pleje', 'medicinhaandtering', 'paaroerende', 'nattevagt', 'velfaerdsteknologi'],
    primary: ['Sundhed og pleje'],
    secondary: ['Psykiatri og socialfaglighed'],
  },
  health: {
    common: ['saarpleje', 'diabetes', 'kol', 'akut-sygepleje', 'genoptraening', 'hverdagsrehabilitering', 'hjaelpemidler', 'kronisk-sygdom', 'visitation'],
    primary: ['Sundhed og pleje'],
    secondary: ['Psykiatri og socialfaglighed', 'Administration'],
  },
  school: {
    common: ['klasseledelse', 'laeseundervisning', 'matematik', 'inklusion', 'foraeldresamarbejde', 'trivsel', 'it-i-undervisningen', 'aula', 'ordblindhed', 'differentiering'],
    primary: ['Pædagogik og læring'],
    secondary: ['Specialpædagogik'],
  },
  specialNeeds: {
    common: ['autisme', 'adhd', 'low-arousal', 'specialundervisning', 'ordblindhed', 'angst-hos-boern', 'skolefravaer', 'ppr-udredning'],
    primary: ['Specialpædagogik'],
    secondary: ['Pædagogik og læring', 'Psykiatri og socialfaglighed'],
  },
  dayCare: {
    common: ['sprogudvikling', 'leg', 'laereplan', 'foraeldresamarbejde', 'motorik', 'overgange', 'relationskompetence', 'vuggestue', 'udeskole'],
    primary: ['Pædagogik og læring'],
    secondary: ['Specialpædagogik'],
  },
  library: {
    common: ['litteraturformidling', 'boerneformidling', 'digital-borgerhjaelp', 'arrangementer', 'makerspace'],
    primary: ['Kultur og fritid'],
    secondary: ['Kommunikation', 'Digitalisering'],
  },
  culture: {
    common: ['arrangementer', 'frivillighed', 'foreningsliv', 'ungdomsarbejde', 'musikundervisning', 'idraet'],
    primary: ['Kultur og fritid'],
    secondary: ['Projekt og fundraising', 'Kommunikation'],
  },
  technical: {
    common: ['vejdrift', 'vintertjeneste', 'groen-drift', 'arbejde-paa-vej', 'bygningsvedligehold', 'byggesag', 'klimatilpasning'],
    primary: ['Teknik og miljø'],
    secondary: ['Administration', 'Projekt og fundraising'],
  },
  administration: {
    common: ['sagsbehandling', 'forvaltningsret', 'databeskyttelse', 'journalisering', 'budget', 'klarsprog'],
    primary: ['Administration'],
    secondary: ['Digitalisering', 'Projekt og fundraising'],
  },
  hr: {
    common: ['rekruttering', 'loen', 'arbejdsmiljoe', 'kompetenceudvikling', 'procesfacilitering', 'videndeling'],
    primary: ['Administration', 'Ledelse'],
    secondary: ['Projekt og fundraising', 'Kommunikation'],
  },
  it: {
    common: ['it-support', 'systemadministration', 'informationssikkerhed', 'microsoft-365', 'automatisering', 'dataanalyse'],
    primary: ['Digitalisering'],
    secondary: ['Projekt og fundraising', 'Administration'],
  },
  communication: {
    common: ['klarsprog', 'sociale-medier', 'presse', 'webredaktion', 'grafisk-design'],
    primary: ['Kommunikation'],
    secondary: ['Digitalisering', 'Projekt og fundraising'],
  },
};
