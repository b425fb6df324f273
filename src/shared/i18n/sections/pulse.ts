// The pulse check's texts (temperaturmåling, issue 24), Danish first: they load with its
// screens (the unit page's card and the answer screen).
import { registerMessages } from '../messages';

export const pulseMessages = {
  pulseCardTitle: { da: 'Temperaturmåling', en: 'Pulse check' },
  pulseNotFound: { da: 'Målingen findes ikke på denne telefon.', en: 'The pulse check is not on this phone.' },
  pulseOpenUntil: { da: 'Åben til {date}', en: 'Open until {date}' },
  pulseClosedOn: { da: 'Lukket {date}', en: 'Closed {date}' },
  pulseOpensOn: { da: 'Åbner {date}', en: 'Opens {date}' },
  pulseAnswerNow: { da: 'Svar nu – det tager et minut', en: 'Answer now – it takes a minute' },
  pulseSeeAnswer: { da: 'Se eller ret dit svar', en: 'See or change your answer' },
  pulseSeeResults: { da: 'Se resultatet', en: 'See the results' },
  pulseAnonymous: {
    da: 'Dit svar er anonymt: det gemmes uden dit navn, og ingen – heller ikke din leder – kan se, hvad du har svaret. Resultater vises først, når mindst 5 har svaret.',
    en: 'Your answer is anonymous: it is stored without your name, and no one – your leader included – can see what you answered. Results show only once at least 5 have answered.',
  },
  pulseScaleHint: { da: '1 = slet ikke, 5 = i høj grad', en: '1 = not at all, 5 = to a high degree' },
  pulseDontKnow: { da: 'Ved ikke', en: "Don't know" },
  pulseTextLabel: { da: 'Hvad ville hjælpe jer mest? (valgfrit)', en: 'What would help you most? (optional)' },
  pulseSend: { da: 'Send svar', en: 'Send answer' },
  pulseChange: { da: 'Ret svar', en: 'Change answer' },
  pulseChooseOne: { da: '{question}: vælg et tal fra 1 til 5 eller "Ved ikke".', en: '{question}: choose a number from 1 to 5 or "Don\'t know".' },
  pulseNotKept: { da: 'Svaret kunne ikke gemmes på telefonen. Prøv igen om lidt – dine valg står her endnu.', en: 'The answer could not be saved on the phone. Try again in a moment – your choices are still here.' },
  pulseSavedOffline: { da: 'Dit svar er gemt på telefonen – det sendes, når der er forbindelse.', en: 'Your answer is saved on the phone – it is sent when there is a connection.' },
  pulseSent: { da: 'Tak! Dit svar er sendt. Du kan rette det fra denne telefon, til målingen lukker.', en: 'Thank you! Your answer has been sent. You can change it from this phone until the pulse check closes.' },
  pulseClosedNoAnswer: { da: 'Målingen er lukket.', en: 'The pulse check has closed.' },
  pulseNotYetOpen: { da: 'Målingen er ikke åbnet endnu.', en: 'The pulse check has not opened yet.' },
  pulseResultsTitle: { da: 'Resultat', en: 'Results' },
  pulseAnswered_one: { da: '{n} af {total} har svaret ({rate} %).', en: '{n} of {total} has answered ({rate} %).' },
  pulseAnswered_other: { da: '{n} af {total} har svaret ({rate} %).', en: '{n} of {total} have answered ({rate} %).' },
  pulseBelowThreshold: { da: 'Resultaterne vises, når mindst 5 har svaret – så ingen kan genkendes.', en: 'Results show once at least 5 have answered – so no one can be recognised.' },
  pulseScopeUnit: { da: 'Enheden', en: 'The unit' },
  pulseScopeArea: { da: 'Området', en: 'The area' },
  pulseScopeMunicipality: { da: 'Hele kommunen', en: 'The whole municipality' },
  pulseColumnQuestion: { da: 'Kendetegn', en: 'Characteristic' },
  pulseColumnMean: { da: 'Gennemsnit (1–5)', en: 'Mean (1–5)' },
  pulseColumnDontKnow: { da: 'Ved ikke', en: "Don't know" },
  pulseNoMean: { da: 'ingen svar', en: 'no answers' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(pulseMessages);
