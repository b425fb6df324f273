// Messages outside the app (issue 22): push notifications and e-mails, Danish first.
import { registerMessages } from '../messages';

export const notificationMessages = {
  pushSeatOpenedTitle: { da: 'Du har fået en plads', en: 'You have a seat' },
  pushSeatOpenedBody: { da: '{title}, {time}. Du er rykket op fra ventelisten.', en: '{title}, {time}. You moved up from the waiting list.' },
  pushEventCancelledTitle: { da: 'Aflyst: {title}', en: 'Cancelled: {title}' },
  pushEventCancelledBody: { da: '{title}, {time}, er aflyst.', en: '{title}, {time}, is cancelled.' },
  pushEventMovedTitle: { da: 'Ændret: {title}', en: 'Changed: {title}' },
  pushEventMovedBody: { da: 'Nu {time}, {place}.', en: 'Now {time}, {place}.' },
  pushEventReminderTitle: { da: 'Påmindelse: {title}', en: 'Reminder: {title}' },
  pushEventReminderBody: { da: '{time}, {place}.', en: '{time}, {place}.' },
  pushRequestApprovedTitle: { da: 'Du er med i {name}', en: 'You are in {name}' },
  pushRequestApprovedBody: { da: 'Din anmodning er godkendt. Se netværkets medlemmer og opgaver.', en: 'Your request was approved. See the network\'s members and tasks.' },
  pushRequestDeclinedTitle: { da: 'Svar fra {name}', en: 'Answer from {name}' },
  pushRequestDeclinedBody: { da: 'Din anmodning om at blive medlem er ikke godkendt.', en: 'Your request to join was not approved.' },
  pushRequestsWaitingTitle: { da: 'Anmodninger til {name}', en: 'Requests to {name}' },
  pushRequestsWaitingBody_one: { da: '1 venter på dit svar.', en: '1 is waiting for your answer.' },
  pushRequestsWaitingBody_other: { da: '{n} venter på dit svar.', en: '{n} are waiting for your answer.' },
  pushTaskGivenTitle: { da: 'Ny opgave til {name}', en: 'New task for {name}' },
  pushTaskGivenBody: { da: '{title}', en: '{title}' },
  pushTaskDueTitle: { da: 'Frist i morgen: {title}', en: 'Due tomorrow: {title}' },
  pushTaskDueBody: { da: 'Opgaven til {name} skal være løst i morgen.', en: 'The task for {name} is due tomorrow.' },
  mailOpenInApp: { da: 'Åbn i Videnbro', en: 'Open in Videnbro' },
  mailWhy: {
    da: 'Du får denne e-mail, fordi du ikke har slået beskeder til på en telefon.',
    en: 'You get this e-mail because you have not turned notifications on on a phone.',
  },
  mailTurnOff: { da: 'Skift, hvad du får besked om', en: 'Change what you are told about' },
  notifyTitle: { da: 'Besked til mig', en: 'Notifications' },
  notifyIntro: {
    da: 'Få besked på denne telefon, når du rykker op fra en venteliste, når et arrangement flyttes eller aflyses, dagen før, når et netværk svarer dig eller får en opgave – også når appen er lukket.',
    en: 'Get a message on this phone when you move up from a waiting list, when an event moves or is cancelled, the day before, and when a network answers you or is given a task – even when the app is closed.',
  },
  notifyTurnOn: { da: 'Få besked på denne telefon', en: 'Get notifications on this phone' },
  notifyTurnOff: { da: 'Slå beskeder fra', en: 'Turn notifications off' },
  notifyOn: { da: 'Beskeder er slået til på denne telefon.', en: 'Notifications are on for this phone.' },
  notifyDenied: {
    da: 'Beskeder er blokeret for Videnbro i browserens indstillinger. Tillad dem dér, og prøv igen.',
    en: 'Notifications are blocked for Videnbro in the browser\'s settings. Allow them there and try again.',
  },
  notifyUnsupported: { da: 'Denne browser kan ikke vise beskeder fra Videnbro.', en: 'This browser cannot show notifications from Videnbro.' },
  notifyHomeScreen: {
    da: 'På iPhone og iPad skal Videnbro først lægges på hjemmeskærmen (Del → Føj til hjemmeskærm). Åbn den derfra, og slå beskeder til.',
    en: 'On iPhone and iPad, first add Videnbro to the home screen (Share → Add to Home Screen). Open it from there and turn notifications on.',
  },
  notifyFailed: {
    da: 'Beskeder kunne ikke ændres på denne telefon lige nu. Prøv igen om lidt.',
    en: 'Notifications could not be changed on this phone just now. Try again in a moment.',
  },
  notifyOffline: { da: 'Beskeder slås til og fra, når der er forbindelse.', en: 'Notifications are turned on and off when there is a connection.' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(notificationMessages);
