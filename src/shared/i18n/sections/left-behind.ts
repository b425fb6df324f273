// What signing out or handing the phone over would take off it, counted in words ("2
// ændringer og 1 kladde"): shared by the sign-out dialog (Mig) and the hand-over dialog
// (sign-in), and loaded with them.
import { registerMessages } from '../messages';

export const leftBehindMessages = {
  leftChanges_one: { da: '1 ændring', en: '1 change' },
  leftChanges_other: { da: '{n} ændringer', en: '{n} changes' },
  leftDrafts_one: { da: '1 kladde', en: '1 draft' },
  leftDrafts_other: { da: '{n} kladder', en: '{n} drafts' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(leftBehindMessages);
