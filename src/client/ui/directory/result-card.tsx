// One colleague in the results: who, where, and the competences that matched.
import { memo } from 'preact/compat';
import { PersonLink } from '../components/person-link';
import type { Person, Unit } from '../../../shared/entities';
import type { SearchHit } from '../../../shared/search';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../context';

interface Props {
  hit: SearchHit;
  person: Person;
  unit: Unit | undefined;
  competenceName(id: string): string;
}

/** Memoised: while typing, cards that stay in the list are not drawn again. */
export const ResultCard = memo(function ResultCard({ hit, person, unit, competenceName }: Props) {
  const t = useT();
  const canHelp = hit.competences.some((c) => c.canHelp);
  return (
    <li class="card result-card" data-person-id={person.id}>
      <div class="row row--spread">
        <PersonLink id={person.id} className="result-card__name">{person.name}</PersonLink>
        <div class="row">
          {canHelp && <span class="badge badge--help">{t('canHelpBadge')}</span>}
          {person.knowledgeSharer && <span class="badge badge--sharer">{t('sharerBadge')}</span>}
        </div>
      </div>
      <p class="muted">{[person.title, unit?.name].filter(Boolean).join(' · ')}</p>
      {hit.competences.length > 0 && (
        <ul class="plain-list row">
          {hit.competences.map((c) => (
            <li key={c.competenceId} class="badge">
              {competenceName(c.competenceId)} · {t(`level${c.level}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}, (a, b) => a.person === b.person && a.unit === b.unit && a.hit.score === b.hit.score
  && a.hit.competences.length === b.hit.competences.length
  && a.hit.competences.every((c, i) => c.competenceId === b.hit.competences[i]?.competenceId && c.level === b.hit.competences[i]?.level
    && c.canHelp === b.hit.competences[i]?.canHelp && a.competenceName(c.competenceId) === b.competenceName(c.competenceId)));
