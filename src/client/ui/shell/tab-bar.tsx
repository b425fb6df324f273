// The bottom tab bar: one tab per built section (sections.ts), icon and word, a badge when
// there is something to read. A tab leads back to its section's root as it was left (Find
// keeps its search); on that root, a tap scrolls to the top.
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useRef } from 'preact/hooks';
import { useLang, useT } from '../context';
import { translateCount } from '../../../shared/i18n/plural';
import { Icon } from '../components/icons';
import { SECTIONS, type SectionBadge, type SectionId } from '../sections';

interface Props {
  current: SectionId | null;
  badges: Record<SectionBadge, number>;
  hidden: boolean;
}

export function TabBar({ current, badges, hidden }: Props) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const location = useRouterState({ select: (s) => s.location });
  // The last place seen at each section's root (Find with its query and filters).
  const roots = useRef(new Map<string, string>());
  const root = SECTIONS.find((section) => section.to === location.pathname);
  if (root) roots.current.set(root.id, location.href);

  return (
    <nav class="tab-bar" aria-label={t('mainNav')} hidden={hidden} data-testid="tab-bar">
      <ul class="tab-bar__list">
        {SECTIONS.map((section) => {
          const here = current === section.id;
          const atRoot = here && location.pathname === section.to;
          const href = roots.current.get(section.id) ?? section.to;
          const count = section.badge ? badges[section.badge] : 0;
          return (
            <li key={section.id}>
              <a
                href={href}
                class={`tab ${here ? 'tab--current' : ''}`}
                aria-current={atRoot ? 'page' : here ? 'true' : undefined}
                data-section={section.id}
                onClick={(event) => {
                  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  if (atRoot) window.scrollTo({ top: 0, behavior: 'smooth' });
                  else void navigate({ href });
                }}
              >
                <span class="tab__icon">
                  <Icon name={section.icon} />
                  {count > 0 && <span class="count-badge tab__badge" aria-hidden="true">{count}</span>}
                </span>
                <span class="tab__label">{t(section.label)}</span>
                {count > 0 && <span class="visually-hidden">, {translateCount(lang, 'noticesNew', count)}</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
