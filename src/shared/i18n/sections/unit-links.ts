// The few words that link to a unit's page from other screens (Mig, and its notices of a
// refused unit change): apart from the unit page's own catalogue, so they do not load it.
import { registerMessages } from '../messages';

export const unitLinkMessages = {
  myUnit: { da: 'Min enhed', en: 'My unit' },
  refusedNeeds: { da: 'Du skrev: behov i dag {now}, om 5 år {later}.', en: 'You wrote: need today {now}, in 5 years {later}.' },
  refusedOpenUnit: { da: 'Ret det på enhedens side', en: "Correct it on the unit's page" },
  myUnitHint: { da: 'Kerneviden, kompetencegab og strategi for {name}', en: 'Core knowledge, competence gap and strategy of {name}' },
} as const satisfies Record<string, { da: string; en: string }>;

registerMessages(unitLinkMessages);
