// The texts of editing one's profile and competences (Mig, the competence editor, the
// learning form's competence picker), Danish first: they load with those screens, not with
// the first paint (messages.ts).
import { registerMessages } from '../messages';

export const profileEditingMessages = {
  profile: { da: 'Min profil', en: 'My profile' },
  bio: { da: 'Om mig', en: 'About me' },
  addCompetence: { da: 'Tilføj kompetence', en: 'Add competence' },
  findCompetence: { da: 'Søg i kompetencekataloget', en: 'Search the competence catalogue' },
  noCatalogueMatch: { da: 'Ingen kompetencer matcher »{q}«.', en: 'No competences match “{q}”.' },
  chosen: { da: 'Valgt: {name}', en: 'Chosen: {name}' },
  note: { da: 'Note (valgfri)', en: 'Note (optional)' },
  canHelp: { da: 'Jeg kan hjælpe andre', en: 'I can help others' },
  textNotSaved: { da: 'Ændringen blev ikke gemt: en tekst er for lang eller indeholder usynlige styretegn. Ret den og prøv igen.', en: 'The change was not saved: a text is too long or contains invisible control characters. Correct it and try again.' },
  saved: { da: 'Gemt på telefonen – sendes, når der er forbindelse.', en: 'Saved on the phone – sent when connected.' },
  remove: { da: 'Fjern', en: 'Remove' },
  removeNamed: { da: 'Fjern {name}', en: 'Remove {name}' },
  undo: { da: 'Fortryd', en: 'Undo' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(profileEditingMessages);
