// The Mig section's texts (profile, own competences, notices, settings, install) and the sync sheet's, Danish first: they load with the screens that show them (see messages.ts).
import { registerMessages } from '../messages';

export const meMessages = {
  hidePhone: { da: 'Skjul mit telefonnummer for andre', en: 'Hide my phone number from others' },
  phoneInvalid: { da: 'Telefonnummeret må kun indeholde tal, mellemrum, +, - og parenteser.', en: 'The phone number may only contain digits, spaces, +, - and parentheses.' },
  myCompetences: { da: 'Mine kompetencer', en: 'My competences' },
  noCompetences: { da: 'Du har ikke registreret nogen kompetencer endnu.', en: 'You have not registered any competences yet.' },
  chooseCompetence: { da: 'Vælg en kompetence fra listen.', en: 'Choose a competence from the list.' },
  editNamed: { da: 'Ret {name}', en: 'Edit {name}' },
  fixCompetence: { da: 'Vælg en anden kompetence', en: 'Choose another competence' },
  fixProfile: { da: 'Ret profilen', en: 'Edit the profile' },
  removedNamed: { da: '{name} er fjernet', en: '{name} removed' },
  undoNamed: { da: 'Fortryd: sæt {name} tilbage', en: 'Undo: put {name} back' },
  beingRemoved: { da: 'Fjernes', en: 'Being removed' },
  signOutTitle: { da: 'Log ud?', en: 'Sign out?' },
  signOutOfflineNow: {
    da: 'Du er offline. Logger du ud, tømmes telefonen for dine data med det samme. Serveren får besked, næste gang telefonen har forbindelse.',
    en: 'You are offline. If you sign out, your data is removed from the phone at once. The server is told the next time the phone is online.',
  },
  signOutAnyway: { da: 'Log ud alligevel', en: 'Sign out anyway' },
  signingOut: { da: 'Logger ud …', en: 'Signing out …' },
  // {what}: "1 ændring", "2 ændringer og 1 kladde" (components/left-behind.ts); the form follows the total.
  signOutLoses_one: { da: '{what} er ikke sendt endnu og går tabt.', en: '{what} is not sent yet and will be lost.' },
  signOutLoses_other: {
    da: '{what} er ikke sendt endnu og går tabt.',
    en: '{what} are not sent yet and will be lost.',
  },
  installTitle: { da: 'Læg Videnbro på hjemmeskærmen', en: 'Add Videnbro to your home screen' },
  installButton: { da: 'Installer', en: 'Install' },
  installIosShare: { da: 'Tryk på Del-knappen i Safari.', en: 'Tap the Share button in Safari.' },
  installIosAdd: { da: 'Vælg »Føj til hjemmeskærm«, og tryk på Tilføj.', en: 'Choose “Add to Home Screen”, then tap Add.' },
  notNow: { da: 'Ikke nu', en: 'Not now' },
  installHow: { da: 'Vis hvordan', en: 'Show how' },
  noticesTitle: { da: 'Beskeder', en: 'Notices' },
  noticeOther: { da: 'Ny besked', en: 'New notice' },
  dismissNamed: { da: 'Skjul: {name}', en: 'Dismiss: {name}' },
  navRejected: { da: 'Ikke gennemført', en: 'Not accepted' },
  lastSync: { da: 'Sidst synkroniseret {time}', en: 'Last synced {time}' },
  neverSynced: { da: 'Endnu ikke synkroniseret', en: 'Not synced yet' },
  syncNow: { da: 'Synkroniser nu', en: 'Sync now' },
  showNotices: { da: 'Vis beskeder', en: 'Show notices' },
  pendingBadge: { da: 'Venter på forbindelse', en: 'Waiting for connection' },
  sendingBadge: { da: 'Sendes…', en: 'Sending…' },
  noticeNetworkRequest: { da: '{person} vil gerne være medlem af {name}', en: '{person} asks to join {name}' },
  noticeWaitlistPromoted: { da: 'Du har fået plads på {name}', en: 'You have a seat at {name}' },
  noticeSeminarCancelled: { da: '{name} er aflyst', en: '{name} is cancelled' },
};

registerMessages(meMessages);
