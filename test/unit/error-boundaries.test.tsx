// @vitest-environment jsdom
// One bad row takes down no more than its own card, and one failing screen no more than
// itself: the shell around it (here a stand-in tab bar) stays, with a Danish message and
// a way back. Also: the shared date words never throw on a time that cannot be read.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import {
  Outlet, RouterProvider, createMemoryHistory, createRootRoute, createRoute, createRouter,
} from '@tanstack/react-router';
import { CardBoundary } from '../../src/client/ui/components/card-boundary';
import { ScreenError } from '../../src/client/ui/components/screen-error';
import { formatClock, formatDay, formatMoment } from '../../src/shared/i18n/dates';

function Throws(): never {
  throw new RangeError('Invalid time value');
}

describe('CardBoundary', () => {
  it('replaces only the card that throws, and the rest of the list draws', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ul>
        <CardBoundary><li>Caféseminar</li></CardBoundary>
        <CardBoundary><Throws /></CardBoundary>
        <CardBoundary><li>Workshop</li></CardBoundary>
      </ul>,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Caféseminar', expect.stringMatching(/Dette kort kan ikke vises/), 'Workshop']);
    quiet.mockRestore();
  });
});

describe('the router with ScreenError', () => {
  it('shows a failing screen inside the shell, and the tab bar stays', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const root = createRootRoute({
      component: () => <div><nav aria-label="Hovedmenu">Find · Arrangementer · Mig</nav><main><Outlet /></main></div>,
    });
    const bad = createRoute({ getParentRoute: () => root, path: '/', component: Throws });
    const router = createRouter({
      routeTree: root.addChildren([bad]),
      history: createMemoryHistory({ initialEntries: ['/'] }),
      defaultErrorComponent: ScreenError,
    });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Siden kunne ikke vises' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeTruthy();
    quiet.mockRestore();
    warn.mockRestore();
  });

  it("is the app router's error component for every screen", async () => {
    const { createAppRouter } = await import('../../src/client/ui/router');
    expect(createAppRouter().options.defaultErrorComponent).toBe(ScreenError);
  });
});

describe('date words', () => {
  it('say "ukendt tidspunkt" for a time that cannot be read, instead of throwing', () => {
    for (const bad of ['2027-01-20T10:00:00+01', 'i morgen', '']) {
      expect(formatMoment('da', bad)).toBe('ukendt tidspunkt');
      expect(formatDay('da', bad)).toBe('ukendt tidspunkt');
      expect(formatMoment('en', bad)).toBe('unknown time');
      expect(formatClock('da', bad)).toBe('?');
    }
    expect(formatClock('da', '2027-01-20T13:05:00.000Z')).toMatch(/^\d{2}\.05$/);
  });
});
