// A list's filters behind one line ("Filtre", and how many are in force), so the list's
// first card stays in the top of a phone's screen; open when the list comes with a filter in force.
import './search-field.css';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../context';

/** `active`: how many filters are in force (the address says). */
export function FilterDisclosure({ active, children }: { active: number; children: ComponentChildren }) {
  const t = useT();
  // Opened and closed by hand after that: a filter set back to "Alle" does not shut it.
  const [open, setOpen] = useState(active > 0);
  return (
    <details class="filter-disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('filters')}{active > 0 && ` (${active})`}</summary>
      <div class="filter-disclosure__fields">{children}</div>
    </details>
  );
}
