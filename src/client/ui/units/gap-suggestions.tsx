// "Hvad kan lukke gabet" for one competence: colleagues elsewhere who "kan hjælpe" (nearest
// first), upcoming events and learnings tagged with it, and networks about it; each a link.
// Listed under its own heading on a wide screen; inside the competence's card on a phone.
import { useState } from 'preact/hooks';
import { Link } from '@tanstack/react-router';
import type { GapEntry } from '../../units/unit-page-data';
import { useLang, useT } from '../context';
import { formatDay } from '../../../shared/i18n/dates';
import '../../../shared/i18n/sections/units';

export function GapSuggestions({ entry, areaId, inCard = false }: { entry: GapEntry; areaId: string | undefined; inCard?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const s = entry.suggestions;
  if (!s) return null;
  const name = entry.competence?.name ?? entry.competenceId;
  const nothing = s.colleagues.length === 0 && s.events.length === 0 && s.learnings.length === 0 && s.networks.length === 0;
  return (
    <details class={inCard ? 'close-gap close-gap--in-card' : 'card close-gap'} data-testid="close-gap" data-competence={entry.competenceId}
      onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {/* In the card its name is the card's heading: the summary names what it opens. */}
        {inCard
          ? <span class="close-gap__title"><span class="visually-hidden">{name}: </span>{t('closeSection')}</span>
          : <span class="close-gap__title">{name}</span>}
        <span class="muted hint"> {[
          t.count('closeCountPeople', s.colleagueCount), t.count('closeCountEvents', s.events.length),
          t.count('closeCountLearnings', s.learnings.length), t.count('closeCountNetworks', s.networks.length),
        ].join(' · ')}</span>
      </summary>
      {/* Drawn when opened: thirty lists of links would cost the page's first render. */}
      {open && <div class="stack">
        {nothing && <p class="muted">{t('closeNothing')}</p>}
        {s.colleagues.length > 0 && (
          <div class="stack stack--tight">
            <h4>{t('closeColleagues')}</h4>
            <ul class="plain-list">
              {s.colleagues.map((h) => (
                <li key={h.personId}>
                  <Link to="/personer/$id" params={{ id: h.personId }} className="target-link">{h.name}</Link>
                  <span class="muted"> · {t(`level${h.level as 1 | 2 | 3}`)} · {h.unitName ?? ''}{h.areaId === areaId ? ` (${t('closeSameArea')})` : ''}</span>
                </li>
              ))}
            </ul>
            {s.colleagueCount > s.colleagues.length && (
              <p class="muted hint">
                <Link to="/" search={{ q: name, kanHjaelpe: true }} className="target-link">
                  {t.count('closeColleaguesMore', s.colleagueCount - s.colleagues.length)}
                </Link>
              </p>
            )}
          </div>
        )}
        {s.events.length > 0 && (
          <div class="stack stack--tight">
            <h4>{t('closeEvents')}</h4>
            <ul class="plain-list">
              {s.events.map((e) => (
                <li key={e.id}>
                  <Link to="/arrangementer/$id" params={{ id: e.id }} className="target-link">{e.title}</Link>
                  <span class="muted"> · {formatDay(lang, e.startsAt)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {s.learnings.length > 0 && (
          <div class="stack stack--tight">
            <h4>{t('closeLearnings')}</h4>
            <ul class="plain-list">
              {s.learnings.map((l) => (
                <li key={l.id}><Link to="/laering/$id" params={{ id: l.id }} className="target-link">{l.title}</Link></li>
              ))}
            </ul>
          </div>
        )}
        {s.networks.length > 0 && (
          <div class="stack stack--tight">
            <h4>{t('closeNetworks')}</h4>
            <ul class="plain-list">
              {s.networks.map((n) => (
                <li key={n.id}><Link to="/netvaerk/$id" params={{ id: n.id }} className="target-link">{n.name}</Link></li>
              ))}
            </ul>
          </div>
        )}
      </div>}
    </details>
  );
}
