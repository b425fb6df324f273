// @vitest-environment jsdom
// The profile form: a pull that arrives while the user types never overwrites what
// they are typing; fields they have not touched take the newer value.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ProfileForm } from '../../src/client/ui/screens/profile-form';
import { RuntimeContext } from '../../src/client/ui/context';
import type { Runtime } from '../../src/client/runtime';
import type { Person } from '../../src/shared/entities';
import * as v from 'valibot';
import { mutationArgSchemas, type MutationName } from '../../src/shared/protocol';

const anna: Person = {
  id: 'p-anna', name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '11223344', phoneHidden: false,
  bio: 'Dag', unitId: 'u1', roles: ['employee'], knowledgeSharer: false,
};

function renderForm(me: Person, mutate: (name: MutationName, args: unknown) => Promise<void> = vi.fn(async () => undefined)) {
  // The pending badge reads the sync state; a quiet engine is enough here.
  const engine = { status: { state: 'idle', pending: 0, lastSyncAt: null, rejected: 0, lastError: null, progress: null }, subscribe: () => () => undefined };
  const runtime = { mutate, engine } as unknown as Runtime;
  const view = render(<RuntimeContext.Provider value={runtime}><ProfileForm me={me} pending={false} /></RuntimeContext.Provider>);
  const rerender = (next: Person, pending = false) =>
    view.rerender(<RuntimeContext.Provider value={runtime}><ProfileForm me={next} pending={pending} /></RuntimeContext.Provider>);
  return { rerender, mutate };
}

describe('ProfileForm', () => {
  it('keeps what the user is typing when a pull brings a newer profile', () => {
    const { rerender } = renderForm(anna);
    const bio = screen.getByRole('textbox', { name: /Om mig/ }) as HTMLTextAreaElement;
    const title = screen.getByRole('textbox', { name: 'Stilling' }) as HTMLInputElement;
    fireEvent.input(bio, { target: { value: 'Nattevagt i Hjemmeplejen, halvt skrevet' } });
    rerender({ ...anna, bio: 'Ændret på en anden telefon', title: 'Social- og sundhedsassistent' });
    expect(bio.value).toBe('Nattevagt i Hjemmeplejen, halvt skrevet');
    expect(title.value).toBe('Social- og sundhedsassistent');
  });

  it('says so, and queues nothing, when a text has invisible control characters', async () => {
    // As the runtime does: the shared schema checks the change before it is queued.
    const mutate = vi.fn(async (name: MutationName, args: unknown) => { v.parse(mutationArgSchemas[name], args); });
    renderForm(anna, mutate);
    fireEvent.input(screen.getByRole('textbox', { name: /Om mig/ }), { target: { value: 'gnp\u202E.exe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/usynlige styretegn/);
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says "Gemt på telefonen" while the change waits, and takes it away once it is sent', async () => {
    const { rerender } = renderForm(anna);
    fireEvent.input(screen.getByRole('textbox', { name: /Om mig/ }), { target: { value: 'Nattevagt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Gemt på telefonen/);
    rerender({ ...anna, bio: 'Nattevagt' }, true);
    expect(screen.getByRole('status').textContent).toMatch(/sendes, når der er forbindelse/);
    // The server has it: the person row is no longer pending.
    rerender({ ...anna, bio: 'Nattevagt' }, false);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
