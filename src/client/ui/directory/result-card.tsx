// One colleague in the results: who, where, the competences that matched (or where else
// the words were found), and a "Ring" button when the number is visible. The whole card
// opens the person: its one link's ::after covers the card (styles.css), so there is one
// tab stop for the person and the Ring link is a sibling, never a link inside a link.
import { memo } from 'preact/compat';
import { PersonLink } from '../components/person-link';
import { dialable } from '../components/contact-links';
import type { Person, Unit } from '../../../shared/entities';
import type { MatchField, SearchHit } from '../../../shared/search';
import type { MessageKey } from '../../../shared/i18n/messages';
import { formatList } from '../../../shared/i18n/lists';
import { useLang, useT } from '../context';

interface Props {
  hit: SearchHit;
  person: Person;
  unit: Unit | undefined;
  competenceName(id: string): string;
}

/** Memoised: while typing, cards that stay in the list are not drawn again. */
export const ResultCard = memo(function ResultCard({ hit, person, unit, competenceName }: Props) {
  const t = useT();
  const { lang } = useLang();
  const canHelp = hit.competences.some((c) => c.canHelp);
  const phone = dialable(person);
  const fields = hit.matchedIn.map((field: MatchField) => t(`matchField_${field}`));
  return (
    <li class="card result-card" data-person-id={person.id}>
      <div class="result-card__head">
        <h2 class="result-card__name">
          <PersonLink id={person.id} className="result-card__link">{person.name}</PersonLink>
        </h2>
        {phone && (
          <a class="button button--small button--quiet result-card__call" href={`tel:${phone}`} aria-label={t('call', { name: person.name })}>
            {t('contactCall')}
          </a>
        )}
      </div>
      {(person.title || unit) && <p class="muted">{[person.title, unit?.name].filter(Boolean).join(' · ')}</p>}
      {(hit.competences.length > 0 || canHelp || person.knowledgeSharer) && (
        <ul class="plain-list badge-list">
          {hit.competences.map((c) => (
            <li key={c.competenceId} class="badge">
              {competenceName(c.competenceId)} · {t(`level${c.level}` as MessageKey)}
            </li>
          ))}
          {canHelp && <li class="badge badge--help">{t('canHelpBadge')}</li>}
          {person.knowledgeSharer && <li class="badge badge--sharer">{t('sharerBadge')}</li>}
        </ul>
      )}
      {fields.length > 0 && (
        <p class="muted result-card__why">{t('matchedIn', { fields: formatList(lang, fields) })}</p>
      )}
    </li>
  );
}, (a, b) => a.person === b.person && a.unit === b.unit && a.hit.score === b.hit.score
  && a.hit.matchedIn.join() === b.hit.matchedIn.join()
  && a.hit.competences.length === b.hit.competences.length
  && a.hit.competences.every((c, i) => c.competenceId === b.hit.competences[i]?.competenceId && c.level === b.hit.competences[i]?.level
    && c.canHelp === b.hit.competences[i]?.canHelp && a.competenceName(c.competenceId) === b.competenceName(c.competenceId)));
