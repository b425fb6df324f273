// A link to a colleague's page that costs next to nothing to render: a plain anchor
// (so it opens in a new tab as usual) that the router follows on a normal click.
// Result lists render many of these on every keystroke.
import type { ComponentChildren } from 'preact';
import { useNavigate } from '@tanstack/react-router';

export function PersonLink({ id, className, children }: { id: string; className?: string; children: ComponentChildren }) {
  const navigate = useNavigate();
  return (
    <a
      href={`/personer/${encodeURIComponent(id)}`}
      class={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate({ to: '/personer/$id', params: { id } });
      }}
    >
      {children}
    </a>
  );
}
