// The sign-in screen's texts and the hand-over dialog's, Danish first: they load with the screens that show them (see messages.ts).
import { registerMessages } from '../messages';

export const signInMessages = {
  signInTitle: { da: 'Log ind', en: 'Sign in' },
  signInToSignUpFor: { da: 'Log ind for at tilmelde dig {title}', en: 'Sign in to sign up for {title}' },
  signInToSignUp: { da: 'Log ind for at tilmelde dig', en: 'Sign in to sign up' },
  signInToCheckInFor: { da: 'Log ind for at tjekke ind til {title}', en: 'Sign in to check in at {title}' },
  signInToCheckIn: { da: 'Log ind for at tjekke ind', en: 'Sign in to check in' },
  signInWorkAccount: { da: 'Log ind med din arbejdskonto', en: 'Sign in with your work account' },
  signInWorkAccountHint: { da: 'Samme login som på din arbejdscomputer.', en: 'The same sign-in as on your work computer.' },
  signInOrCode: { da: 'Eller få en kode på e-mail', en: 'Or get a code by e-mail' },
  signInContact: { da: 'Kontakt: {name}', en: 'Contact: {name}' },
  signInIntro: { da: 'Skriv din arbejdsmail, så sender vi dig en engangskode.', en: 'Enter your work e-mail and we will send you a one-time code.' },
  sendCode: { da: 'Send kode', en: 'Send code' },
  codeSent: { da: 'Vi har sendt en kode til {email}, hvis adressen findes hos os.', en: 'We have sent a code to {email} if we know the address.' },
  otherEmail: { da: 'Brug en anden e-mail', en: 'Use another e-mail' },
  demoTitle: { da: 'Demo: log ind som', en: 'Demo: sign in as' },
  demoRole_employee: { da: 'Medarbejder', en: 'Employee' },
  demoRole_organizer: { da: 'Arrangør', en: 'Organizer' },
  demoRole_leader: { da: 'Leder', en: 'Unit leader' },
  demoRole_admin: { da: 'Administrator', en: 'Administrator' },
  signInOffline: { da: 'Du er offline. Log ind, når du har forbindelse igen.', en: 'You are offline. Sign in when you are connected again.' },
  anotherUser: { da: 'en anden bruger', en: 'another user' },
  othersPendingTitle: { da: 'Ændringer fra {name}', en: 'Changes from {name}' },
  othersDraftsTitle: { da: 'Kladder fra {name}', en: 'Drafts from {name}' },
  // {what}: "1 ændring", "2 ændringer og 1 kladde" (components/left-behind.ts); the form follows the total.
  othersLeft_one: {
    da: 'Telefonen har {what} fra {name}, som ikke er sendt endnu. Den bliver aldrig sendt i dit navn eller vist for dig. Skal den gemmes, til {name} logger ind på telefonen igen?',
    en: 'This phone has {what} from {name} that is not sent yet. It is never sent in your name or shown to you. Keep it until {name} signs in on this phone again?',
  },
  othersLeft_other: {
    da: 'Telefonen har {what} fra {name}, som ikke er sendt endnu. De bliver aldrig sendt i dit navn eller vist for dig. Skal de gemmes, til {name} logger ind på telefonen igen?',
    en: 'This phone has {what} from {name} that are not sent yet. They are never sent in your name or shown to you. Keep them until {name} signs in on this phone again?',
  },
  keepForOwner: { da: 'Gem til {name} og log ind', en: 'Keep for {name} and sign in' },
  discardOthers: { da: 'Slet dem og log ind', en: 'Delete them and sign in' },
  cancelSignIn: { da: 'Annuller', en: 'Cancel' },
  code: { da: 'Kode (6 cifre)', en: 'Code (6 digits)' },
};

registerMessages(signInMessages);
