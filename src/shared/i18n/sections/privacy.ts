// "Mine data" and the privacy texts (issue 21), Danish first: they load with their screens.
import { registerMessages } from '../messages';

export const privacyMessages = {
  privacyLinksTitle: { da: 'Dine data og rettigheder', en: 'Your data and rights' },
  myDataLink: { da: 'Mine data', en: 'My data' },
  myDataIntro: {
    da: 'Alt, hvad Videnbro gemmer om dig på serveren, og de kladder, der kun ligger på denne telefon. Du kan hente det hele som en fil.',
    en: 'Everything Videnbro stores about you on the server, and the drafts that are only on this phone. You can download it all as a file.',
  },
  myDataOffline: { da: 'Dine data hentes fra serveren – det kræver forbindelse. Prøv igen, når du har net.', en: 'Your data comes from the server – that needs a connection. Try again when you are online.' },
  myDataFailed: { da: 'Dine data kunne ikke hentes lige nu. Prøv igen om lidt.', en: 'Your data could not be fetched just now. Try again in a moment.' },
  myDataDownload: { da: 'Hent mine data som fil (JSON)', en: 'Download my data as a file (JSON)' },
  myDataNone: { da: 'Intet.', en: 'Nothing.' },
  myDataRemoved: { da: 'slettet af dig – gemmes, til alle telefoner har fået det at vide', en: 'removed by you – kept until every phone has heard' },
  myDataCount_one: { da: '{n} linje', en: '{n} line' },
  myDataCount_other: { da: '{n} linjer', en: '{n} lines' },
  deleteTitle: { da: 'Slet min konto', en: 'Delete my account' },
  deleteIntro: {
    da: 'Din profil, dine kompetencer, netværk og tilmeldinger slettes, og du logges ud overalt. Kommende tilmeldinger afmeldes, så andre kan få pladsen. Det kan ikke fortrydes.',
    en: 'Your profile, competences, networks and sign-ups are deleted, and you are signed out everywhere. Upcoming sign-ups are cancelled so others can have the seat. This cannot be undone.',
  },
  deleteLearnings: { da: 'Det, du har delt som læring', en: 'What you shared as learnings' },
  deleteLearningsKeep: { da: 'Behold det for kollegerne, uden mit navn', en: 'Keep it for colleagues, without my name' },
  deleteLearningsDelete: { da: 'Slet det', en: 'Delete it' },
  deleteConfirm: { da: 'Skriv din e-mail ({email}) for at bekræfte', en: 'Type your e-mail ({email}) to confirm' },
  deleteConfirmMismatch: { da: 'Skriv din egen e-mailadresse, præcis som den står på din profil.', en: 'Type your own e-mail address, exactly as it is on your profile.' },
  deleteButton: { da: 'Slet min konto', en: 'Delete my account' },
  myDataSection_person: { da: 'Profil', en: 'Profile' },
  myDataSection_competences: { da: 'Kompetencer', en: 'Competences' },
  myDataSection_memberships: { da: 'Netværk og anmodninger', en: 'Networks and requests' },
  myDataSection_signups: { da: 'Tilmeldinger og fremmøde', en: 'Sign-ups and attendance' },
  myDataSection_learnings: { da: 'Læring, du har skrevet', en: 'Learnings you wrote' },
  myDataSection_networksCreated: { da: 'Netværk, du har oprettet', en: 'Networks you created' },
  myDataSection_seminarsOrganized: { da: 'Arrangementer, du står for', en: 'Events you organise' },
  myDataSection_networkTasks: { da: 'Opgaver, du har givet eller rapporteret på', en: 'Tasks you gave or reported on' },
  myDataSection_unitMoves: { da: 'Skift af enhed', en: 'Changes of unit' },
  myDataSection_sessions: { da: 'Logins (sessioner)', en: 'Sign-ins (sessions)' },
  myDataSection_devices: { da: 'Enheder, der har sendt ændringer', en: 'Devices that sent changes' },
  myDataSection_calendarFeeds: { da: 'Kalenderadresser', en: 'Calendar addresses' },
  myDataSection_pushSubscriptions: { da: 'Telefoner der får beskeder', en: 'Phones that get notifications' },
  myDataSection_messages: { da: 'Beskeder til dig', en: 'Messages to you' },
  myDataSection_messageSettings: { da: 'Dine valg for beskeder', en: 'Your choices for messages' },
  myDataSection_auditTrail: { da: 'Linjer om dig i loggen', en: 'Lines about you in the log' },
  myDataSection_deviceDrafts: { da: 'Kladder på denne telefon', en: 'Drafts on this phone' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(privacyMessages);
