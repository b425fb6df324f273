// The QR scanner's texts, Danish first: they load with its screen (see messages.ts).
import { registerMessages } from '../messages';

export const scannerMessages = {
  scanIntro: { da: 'Hold QR-koden fra plakaten eller tjek-ind-skærmen foran kameraet.', en: 'Hold the QR code from the poster or the check-in screen in front of the camera.' },
  scanStarting: { da: 'Starter kameraet…', en: 'Starting the camera…' },
  scanVideo: { da: 'Kameraets billede', en: 'Camera view' },
  scanLooking: { da: 'Leder efter en QR-kode…', en: 'Looking for a QR code…' },
  scanDenied: {
    da: 'Videnbro har ikke lov til at bruge kameraet. Giv adgang i browserens indstillinger for siden – eller skriv koden herunder.',
    en: 'Videnbro may not use the camera. Allow it in the browser’s settings for this site – or type the code below.',
  },
  scanNoCamera: { da: 'Der er ikke noget kamera, Videnbro kan bruge. Skriv koden herunder.', en: 'There is no camera Videnbro can use. Type the code below.' },
  scanInsecure: {
    da: 'Kameraet kan kun bruges, når Videnbro er åbnet over en sikker forbindelse (https). Skriv koden herunder.',
    en: 'The camera works only when Videnbro is opened over a secure connection (https). Type the code below.',
  },
  scanFailed: { da: 'Kameraet kunne ikke startes. Skriv koden herunder.', en: 'The camera could not be started. Type the code below.' },
  scanReadSignup: { da: 'Læst: tilmelding til {title}. Åbner…', en: 'Read: sign-up for {title}. Opening…' },
  scanReadCheckin: { da: 'Læst: tjek-ind. Åbner…', en: 'Read: check-in. Opening…' },
  scanForeign: { da: 'Koden er ikke et link fra Videnbro og bliver ikke åbnet. Der står:', en: 'The code is not a Videnbro link and is not opened. It says:' },
  scanTypeTitle: { da: 'Skriv koden i stedet', en: 'Type the code instead' },
  scanTypeLabel: { da: 'Kode eller link', en: 'Code or link' },
  scanTypeHint: {
    da: 'Koden står i linket under QR-koden på plakaten, efter /s/. Du kan også indsætte hele linket.',
    en: 'The code is in the link below the QR code on the poster, after /s/. You can also paste the whole link.',
  },
  scanOpen: { da: 'Åbn', en: 'Open' },
  scanTypedEmpty: { da: 'Skriv koden eller linket først.', en: 'Type the code or the link first.' },
  scanTypedForeign: { da: 'Det er ikke en kode eller et link fra Videnbro, så det bliver ikke åbnet.', en: 'That is not a Videnbro code or link, so it is not opened.' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(scannerMessages);
