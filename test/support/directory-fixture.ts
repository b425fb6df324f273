// A small municipality for the search engine's tests: three units in two areas, five
// people, four competences (with synonyms, a note and a bio that mention some).
import type { DirectoryData } from '../../src/shared/search';
import type { Person, PersonCompetence } from '../../src/shared/entities';

export const person = (id: string, name: string, unitId: string, extra: Partial<Person> = {}): Person => ({
  id, name, email: `${id}@fjordby.example`, title: '', phone: null, phoneHidden: false, bio: '', unitId,
  roles: ['employee'], knowledgeSharer: false, ...extra,
});
export const holding = (personId: string, competenceId: string, level: 1 | 2 | 3, canHelp = false, note = ''): PersonCompetence =>
  ({ id: `${personId}:${competenceId}`, personId, competenceId, level, canHelp, note });

export function directoryFixture(): DirectoryData {
  return {
    areas: [{ id: 'a-care', name: 'Ældre og sundhed' }, { id: 'a-school', name: 'Skoler' }],
    units: [
      { id: 'u-north', areaId: 'a-care', name: 'Hjemmeplejen Nord' },
      { id: 'u-south', areaId: 'a-care', name: 'Hjemmeplejen Syd' },
      { id: 'u-school', areaId: 'a-school', name: 'Vestre Skole' },
    ],
    competences: [
      { id: 'demens', name: 'Demens', category: 'Sundhed og pleje', synonyms: ['Alzheimers', 'demenssygdom'], description: '' },
      { id: 'ordblindhed', name: 'Ordblindhed', category: 'Specialpædagogik', synonyms: ['dysleksi'], description: '' },
      { id: 'fundraising', name: 'Fundraising', category: 'Projekt og fundraising', synonyms: ['fondsansøgning'], description: '' },
      { id: 'nattevagt', name: 'Nattevagt og natpleje', category: 'Sundhed og pleje', synonyms: [], description: '' },
    ],
    people: [
      person('p1', 'Anna Mikkelsen', 'u-north', { title: 'Social- og sundhedshjælper' }),
      person('p2', 'Søren Aagaard', 'u-south', { title: 'Sygeplejerske', knowledgeSharer: true }),
      person('p3', 'Karen Østergaard', 'u-school', { title: 'Lærer', bio: 'Interesseret i demens hos bedsteforældre' }),
      person('p4', 'Bo Jensen', 'u-south', { title: 'Social- og sundhedsassistent' }),
      person('p5', 'Lis Berg', 'u-north', { title: 'Leder' }),
    ],
    personCompetences: [
      holding('p1', 'demens', 2),
      holding('p2', 'demens', 3, true),
      holding('p4', 'demens', 2),
      holding('p4', 'nattevagt', 2),
      holding('p3', 'ordblindhed', 3, true, 'Underviser i LST'),
      holding('p5', 'fundraising', 1),
    ],
  };
}
