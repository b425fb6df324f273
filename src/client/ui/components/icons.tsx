// Line icons (24 × 24, drawn in the text colour), always beside a word or an accessible name.
const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 1 0 0-14zM21 21l-5-5',
  people: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M22 21v-1a6 6 0 0 0-4-5.6',
  calendar: 'M4 6h16v15H4zM4 10h16M8 3v4M16 3v4',
  book: 'M4 19.5V5a2 2 0 0 1 2-2h14v18H6a2 2 0 0 1-2-1.5zM4 19.5A2 2 0 0 1 6 17h14',
  person: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM4 21a8 8 0 0 1 16 0',
  back: 'M15 18l-6-6 6-6',
  list: 'M9 6h12M9 12h12M9 18h12M4 6h.01M4 12h.01M4 18h.01',
  synced: 'M7 19a5 5 0 1 1 .9-9.9A6 6 0 0 1 19 11a4 4 0 0 1-1 8zM9.5 14l2 2 3.5-3.5',
  offline: 'M7 19a5 5 0 1 1 .9-9.9A6 6 0 0 1 19 11a4 4 0 0 1-1 8zM4 4l16 16',
  syncing: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v4h-4',
  alert: 'M12 3l10 18H2zM12 10v4M12 17.5v.5',
  share: 'M12 3v12M8 7l4-4 4 4M5 11v10h14V11',
  install: 'M12 3v12M7 10l5 5 5-5M5 21h14',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg class={`icon ${className ?? ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
