// The person, competence and catalogue screens' texts, Danish first: they load with the screens that show them (see messages.ts).
import { registerMessages } from '../messages';

export const peopleMessages = {
  personNotFound: { da: 'Personen findes ikke (eller er ikke synkroniseret endnu).', en: 'The person does not exist (or is not synced yet).' },
  contactSms: { da: 'Send sms', en: 'Send a text' },
  contactMail: { da: 'Send e-mail', en: 'Send an e-mail' },
  phoneHiddenNote: { da: 'Telefonnummeret er skjult.', en: 'The phone number is hidden.' },
  noPersonCompetences: { da: 'Har ikke registreret kompetencer endnu.', en: 'Has not registered any competences yet.' },
  catalogueIntro: { da: 'Alle kompetencer i kommunen, og hvor mange kolleger der har hver.', en: 'Every competence in the municipality, and how many colleagues have each.' },
  competenceNotFound: { da: 'Kompetencen findes ikke.', en: 'The competence does not exist.' },
  alsoKnownAs: { da: 'Også kaldt: {names}', en: 'Also known as: {names}' },
  whoHasIt: { da: 'Kolleger med kompetencen', en: 'Colleagues with this competence' },
  nobodyHasIt: { da: 'Ingen har registreret denne kompetence endnu.', en: 'Nobody has registered this competence yet.' },
  backToCatalogue: { da: 'Til kompetencekataloget', en: 'To the competence catalogue' },
  holders_one: { da: '1 kollega', en: '1 colleague' },
  holders_other: { da: '{n} kolleger', en: '{n} colleagues' },
  contact: { da: 'Kontakt', en: 'Contact' },
  competences: { da: 'Kompetencer', en: 'Competences' },
};

registerMessages(peopleMessages);
