// The form kit's own words (src/client/ui/components/form-*.tsx), Danish first: the error
// summary's title, the browser's constraint checks said in the app's words, and the
// date-time field's note that times are Danish time (Europe/Copenhagen).
import { registerMessages } from '../messages';

export const formMessages = {
  formSummaryTitle: { da: 'Ret det her, før du går videre:', en: 'Please correct this before you go on:' },
  formMissing: { da: 'Udfyld feltet.', en: 'Fill in this field.' },
  formChooseOne: { da: 'Vælg en af mulighederne.', en: 'Choose one of the options.' },
  formNotEmail: { da: 'Skriv en e-mailadresse, fx navn@kommune.dk.', en: 'Enter an e-mail address, e.g. name@example.com.' },
  formNotNumber: { da: 'Skriv et tal.', en: 'Enter a number.' },
  formWholeNumber: { da: 'Skriv et helt tal.', en: 'Enter a whole number.' },
  formAtLeast: { da: 'Skriv mindst {min}.', en: 'Enter at least {min}.' },
  formAtMost: { da: 'Skriv højst {max}.', en: 'Enter at most {max}.' },
  formTooLong: { da: 'Teksten er for lang: højst {max} tegn.', en: 'The text is too long: at most {max} characters.' },
  formWrongForm: { da: 'Feltet er ikke udfyldt rigtigt.', en: 'This field is not filled in correctly.' },
  formNotDate: { da: 'Skriv en dato og et klokkeslæt.', en: 'Enter a date and a time.' },
  formDanishTime: { da: 'Dansk tid.', en: 'Danish time (Copenhagen).' },
} as const satisfies Record<string, { da: string; en: string }>;

export type FormWord = keyof typeof formMessages;

registerMessages(formMessages);
