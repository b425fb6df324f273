// The pages the law asks for (issue 21, part 5): the privacy notice and the accessibility
// statement (webtilgængelighedsloven, digst.dk's structure), Danish first. The controller,
// the DPO, the feedback address and the retention come from the server's settings.
import { registerMessages } from '../messages';

export const legalMessages = {
  legalLinks: { da: 'Privatliv og tilgængelighed', en: 'Privacy and accessibility' },
  legalPrivacyLink: { da: 'Privatlivspolitik', en: 'Privacy notice' },
  legalAccessibilityLink: { da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
  privacyTitle: { da: 'Sådan behandler vi dine oplysninger i Videnbro', en: 'How we process your data in Videnbro' },
  privacyControllerTitle: { da: 'Dataansvarlig', en: 'Controller' },
  privacyController: { da: '{name} er dataansvarlig for oplysningerne i Videnbro.', en: '{name} is the controller of the data in Videnbro.' },
  privacyPurposeTitle: { da: 'Formål', en: 'Purposes' },
  privacyPurpose: {
    da: 'At medarbejdere kan finde kollegers kompetencer, deltage i netværk, tilmelde sig arrangementer, dele det, de har lært, og at ledere kan kortlægge enhedens kerneviden – kommunens handlingsplan om videndeling.',
    en: 'So that employees can find colleagues\' competences, join networks, sign up for events, share what they learned, and leaders can map their unit\'s core knowledge – the municipality\'s action plan on knowledge sharing.',
  },
  privacyBasisTitle: { da: 'Retsgrundlag', en: 'Legal basis' },
  privacyBasis: {
    da: 'Databeskyttelsesforordningens artikel 6, stk. 1, litra e (en opgave i samfundets interesse, som kommunen har fået pålagt) og databeskyttelseslovens § 12 om oplysninger i ansættelsesforhold.',
    en: 'Article 6(1)(e) GDPR (a task carried out in the public interest) and section 12 of the Danish Data Protection Act on data in employment.',
  },
  privacyCategoriesTitle: { da: 'Hvilke oplysninger', en: 'Which data' },
  privacyCategories: {
    da: 'Navn, arbejdsmail, stilling, enhed og område (fra løn- og personalesystemet), telefon (kan skjules), det, du selv skriver: kompetencer, profiltekst, læring; netværk, tilmeldinger og fremmøde; log over logins og administratorers ændringer.',
    en: 'Name, work e-mail, title, unit and area (from the HR system), phone (can be hidden), what you write yourself: competences, profile text, learnings; networks, sign-ups and attendance; a log of sign-ins and administrators\' changes.',
  },
  privacyRecipientsTitle: { da: 'Hvem ser dem', en: 'Who sees them' },
  privacyRecipients: {
    da: 'Kolleger i kommunen – læring kun dem, du har delt den med. Kommunens driftsleverandør behandler dem på kommunens vegne. Intet sendes til andre.',
    en: 'Colleagues in the municipality – learnings only those you shared them with. The municipality\'s hosting provider processes them on its behalf. Nothing goes to anyone else.',
  },
  privacyRetentionTitle: { da: 'Hvor længe', en: 'How long' },
  privacyRetention_one: {
    da: 'Når du fratræder, anonymiseres du {n} dag efter. Log over logins slettes efter 12 måneder; engangskoder og udløbne logins efter et døgn.',
    en: 'When you leave, you are anonymised {n} day later. The sign-in log is deleted after 12 months; one-time codes and expired sessions after a day.',
  },
  privacyRetention_other: {
    da: 'Når du fratræder, anonymiseres du {n} dage efter. Log over logins slettes efter 12 måneder; engangskoder og udløbne logins efter et døgn.',
    en: 'When you leave, you are anonymised {n} days later. The sign-in log is deleted after 12 months; one-time codes and expired sessions after a day.',
  },
  privacyRightsTitle: { da: 'Dine rettigheder', en: 'Your rights' },
  privacyRights: {
    da: 'Du kan se alt om dig under Mig → Mine data og hente det som fil, rette din profil, slette din konto samme sted, og gøre indsigelse. Du kan klage til Datatilsynet (datatilsynet.dk).',
    en: 'You can see everything about you under Me → My data and download it, correct your profile, delete your account there too, and object. You can complain to the Danish Data Protection Agency (datatilsynet.dk).',
  },
  privacyDpoTitle: { da: 'Databeskyttelsesrådgiver', en: 'Data protection officer' },
  privacyDpo: { da: 'Kontakt: {name}', en: 'Contact: {name}' },
  accessibilityTitle: { da: 'Tilgængelighedserklæring for Videnbro', en: 'Accessibility statement for Videnbro' },
  accessibilityIntro: {
    da: '{name} ønsker, at alle kan bruge Videnbro, jf. lov om tilgængelighed af offentlige organers websteder og mobilapplikationer.',
    en: '{name} wants everyone to be able to use Videnbro, under the Danish act on the accessibility of public sector websites and mobile applications.',
  },
  accessibilityStatusTitle: { da: 'Overholdelse', en: 'Compliance status' },
  accessibilityStatus: {
    da: 'Videnbro er delvist i overensstemmelse med WCAG 2.1, niveau AA. Alle skærme testes automatisk med axe-core ved 390 og 320 px, i mørk tilstand og ved 200 % tekst.',
    en: 'Videnbro is partially compliant with WCAG 2.1 level AA. Every screen is tested automatically with axe-core at 390 and 320 px, in dark mode and at 200 % text.',
  },
  accessibilityGapsTitle: { da: 'Kendte mangler', en: 'Known gaps' },
  accessibilityGaps: {
    da: 'Der er endnu ikke lavet test med brugere af skærmlæser og andre hjælpemidler. Kommunens login-tjeneste (arbejdskontoen) er ikke en del af Videnbro og har sin egen erklæring.',
    en: 'No tests with users of screen readers or other assistive technology have been made yet. The municipality\'s sign-in service (the work account) is not part of Videnbro and has its own statement.',
  },
  accessibilityFeedbackTitle: { da: 'Feedback og kontakt', en: 'Feedback and contact' },
  accessibilityFeedback: { da: 'Oplever du en barriere, så skriv til {name}.', en: 'If you meet a barrier, write to {name}.' },
  accessibilityEnforcementTitle: { da: 'Håndhævelse', en: 'Enforcement' },
  accessibilityEnforcement: {
    da: 'Digitaliseringsstyrelsen fører tilsyn med tilgængelighed. Får du ikke svar, kan du klage via digst.dk/digital-inklusion/webtilgaengelighed.',
    en: 'The Agency for Digital Government supervises accessibility. Without an answer, you can complain through digst.dk/digital-inklusion/webtilgaengelighed.',
  },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(legalMessages);
