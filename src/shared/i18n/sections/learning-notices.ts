// The learning log's words on Mig: the reflection notice after an event and a refused
// learning's text. Small on purpose: they load with Mig, not with the whole Læring section.
import { registerMessages } from '../messages';

export const learningNoticeMessages = {
  noticeReflection: { da: 'Hvad tog du med dig fra {name}?', en: 'What did you take away from {name}?' },
  reflectPrompt1: { da: 'Hvad lærte du, som du ikke vidste før?', en: 'What did you learn that you did not know before?' },
  reflectPrompt2: { da: 'Hvad vil du prøve af i hverdagen?', en: 'What will you try out in your daily work?' },
  reflectPrompt3: { da: 'Hvem skal høre om det?', en: 'Who should hear about it?' },
  reflectAnswer: { da: 'Skriv din læring', en: 'Write your learning' },
  reflectSnooze: { da: 'Påmind mig i morgen', en: 'Remind me tomorrow' },
  reflectSnoozeNamed: { da: 'Påmind mig i morgen om {name}', en: 'Remind me tomorrow about {name}' },
  refusedTextLabel: { da: 'Din tekst er gemt her:', en: 'Your text is kept here:' },
  refusedCopy: { da: 'Kopiér teksten', en: 'Copy the text' },
  refusedCopied: { da: 'Teksten er kopieret.', en: 'The text is copied.' },
  refusedCopyFailed: { da: 'Kunne ikke kopiere. Markér teksten og kopiér den selv.', en: 'Could not copy. Select the text and copy it yourself.' },
  refusedWriteOn: { da: 'Ret og prøv igen', en: 'Edit and try again' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(learningNoticeMessages);
