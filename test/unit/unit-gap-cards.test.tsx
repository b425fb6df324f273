// @vitest-environment jsdom
// The unit's gap on a phone: a card per competence with its needs now and in five years,
// the gap, the "Kun én" flag and what can close it; "Ret" opens the form inside the card,
// takes focus into it, and gives focus back to "Ret" when the form closes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Runtime } from '../../src/client/runtime';
import type { GapEntry, UnitPage } from '../../src/client/units/unit-page-data';
import { RuntimeContext } from '../../src/client/ui/context';
import { GapSection } from '../../src/client/ui/units/gap-section';

afterEach(cleanup);

function entry(id: string, name: string, over: Partial<GapEntry>): GapEntry {
  return {
    competenceId: id, level: 2, needNow: 1, needIn5Years: 1, note: '', byLevel: [0, 0, 0], holders: 0, holderIds: [],
    shortNow: 0, shortIn5Years: 0, risk: null, pending: false, suggestions: null,
    competence: { id, name, category: 'Sundhed og pleje', synonyms: [], description: '' },
    ...over,
  };
}

const gap = [
  entry('demens', 'Demens', { holders: 1, needNow: 2, needIn5Years: 4, shortNow: 1, shortIn5Years: 3, risk: 'one',
    suggestions: { colleagues: [], colleagueCount: 5, events: [], learnings: [], networks: [] } }),
  entry('saarpleje', 'Sårpleje', { level: 1, holders: 6, needNow: 3, needIn5Years: 5, note: 'Helst to i hver vagt' }),
];

function pageOf(canEdit: boolean): UnitPage {
  return {
    unit: { id: 'u1', name: 'Hjemmeplejen Nord', areaId: 'a1' } as UnitPage['unit'],
    area: undefined, members: [], registered: 0, leaders: [], canEdit, canSee: true, gap,
    plan: undefined, planPending: false, profile: [], attendanceKnown: true,
  };
}

function renderGap(canEdit: boolean) {
  const mutate = vi.fn(() => Promise.resolve());
  const runtime = {
    store: { isLoaded: true, all: () => [] },
    changes: { subscribe: () => () => undefined },
    engine: { status: { state: 'synced' }, subscribe: () => () => undefined },
    mutate,
  } as unknown as Runtime;
  render(<RuntimeContext.Provider value={runtime}><GapSection page={pageOf(canEdit)} /></RuntimeContext.Provider>);
  return { mutate };
}

const card = (id: string) => {
  const element = document.querySelector<HTMLElement>(`[data-testid="gap-card"][data-competence="${id}"]`);
  if (!element) throw new Error(`no card for ${id}`);
  return element;
};
const fact = (id: string, testId: string) => within(card(id)).getByTestId(testId).textContent;

describe('the gap as cards', () => {
  it('gives each competence a card with its level, holders, needs, gap, flag and what can close it', () => {
    renderGap(false);
    expect(screen.getAllByTestId('gap-card')).toHaveLength(2);
    expect(within(card('demens')).getByRole('heading', { level: 3 }).textContent).toBe('Demens');
    expect(fact('demens', 'level')).toBe('Mindst på niveau: Erfaren');
    expect(fact('demens', 'holders')).toBe('1');
    expect(fact('demens', 'need-now')).toBe('2');
    expect(fact('demens', 'short-now')).toBe('−1');
    expect(fact('demens', 'need-later')).toBe('4');
    expect(fact('demens', 'short-later')).toBe('−3');
    expect(fact('demens', 'card-risk')).toBe('⚠ Kun én kan det');
    // Each number is named by its label in the card, not by a column header far away.
    const terms = [...card('demens').querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Kan det i dag', 'Behov i dag', 'Gab i dag', 'Behov om 5 år', 'Gab om 5 år']);
    expect(within(card('demens')).getByTestId('close-gap').textContent).toMatch(/Demens: Hvad kan lukke gabet.*5 kolleger/);

    expect(fact('saarpleje', 'short-now')).toBe('dækket');
    expect(fact('saarpleje', 'short-later')).toBe('dækket');
    expect(within(card('saarpleje')).queryByTestId('card-risk')).toBeNull();
    expect(within(card('saarpleje')).queryByTestId('close-gap')).toBeNull();
    expect(card('saarpleje').textContent).toContain('Helst to i hver vagt');
    // Only the leader changes needs.
    expect(screen.queryByRole('button', { name: /^Ret / })).toBeNull();
  });

  it('opens "Ret" inside its own card with focus in the form, and gives focus back on cancel', () => {
    renderGap(true);
    const edit = within(card('saarpleje')).getByRole('button', { name: 'Ret Sårpleje' });
    fireEvent.click(edit);
    const form = within(card('saarpleje')).getByTestId('core-form');
    expect(screen.getAllByTestId('core-form')).toHaveLength(1);
    expect(form.contains(document.activeElement)).toBe(true);
    expect(within(card('demens')).queryByTestId('core-form')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Annuller' }));
    expect(screen.queryByTestId('core-form')).toBeNull();
    expect(document.activeElement).toBe(within(card('saarpleje')).getByRole('button', { name: 'Ret Sårpleje' }));
  });

  it('saves from the card and gives focus back to "Ret"', () => {
    const { mutate } = renderGap(true);
    fireEvent.click(within(card('demens')).getByRole('button', { name: 'Ret Demens' }));
    const form = within(card('demens')).getByTestId('core-form');
    fireEvent.input(within(form).getByLabelText('Behov om 5 år'), { target: { value: '6' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem behov' }));
    expect(mutate).toHaveBeenCalledWith('coreKnowledge.set', { unitId: 'u1', competenceId: 'demens', level: 2, needNow: 2, needIn5Years: 6, note: '' });
    expect(document.activeElement).toBe(within(card('demens')).getByRole('button', { name: 'Ret Demens' }));
  });
});
