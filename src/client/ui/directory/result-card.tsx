// One colleague in the results: who, where, and the competences that matched.
import { Link } from '@tanstack/react-router';
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

export function ResultCard({ hit, person, unit, competenceName }: Props) {
  const t = useT();
  const canHelp = hit.competences.some((c) => c.canHelp);
  return (
    <li class="card result-card" data-person-id={person.id}>
      <div class="row row--spread">
        <Link to="/personer/$id" params={{ id: person.id }} className="result-card__name">{person.name}</Link>
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
}
