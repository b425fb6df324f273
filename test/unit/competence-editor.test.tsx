// @vitest-environment jsdom
// The competence picker: finds by synonym with Danish folding, saves level and "kan hjælpe".
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { CompetenceEditor } from '../../src/client/ui/components/competence-editor';

const catalogue = [
  { id: 'demens', name: 'Demens', category: 'Sundhed og pleje', synonyms: ['Alzheimers'], description: '', version: 1 },
  { id: 'saarpleje', name: 'Sårpleje', category: 'Sundhed og pleje', synonyms: [], description: '', version: 2 },
  { id: 'ordblindhed', name: 'Ordblindhed', category: 'Specialpædagogik', synonyms: ['dysleksi'], description: '', version: 3 },
];

describe('CompetenceEditor', () => {
  it('finds a competence by synonym or old spelling and saves the choice', async () => {
    const onSave = vi.fn();
    render(<CompetenceEditor catalogue={catalogue} excludeIds={new Set()} onSave={onSave} onCancel={() => undefined} />);
    const search = screen.getByLabelText('Søg i kompetencekataloget');
    fireEvent.input(search, { target: { value: 'alzh' } });
    fireEvent.click(await screen.findByRole('button', { name: /Demens/ }));
    fireEvent.input(search, { target: { value: 'saar' } });
    expect(await screen.findByRole('button', { name: /Sårpleje/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Ekspert'));
    fireEvent.click(screen.getByLabelText('Jeg kan hjælpe andre'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onSave).toHaveBeenCalledWith({ competenceId: 'demens', level: 3, canHelp: true, note: '' });
  });

  it('asks for a choice instead of saving nothing', async () => {
    const onSave = vi.fn();
    render(<CompetenceEditor catalogue={catalogue} excludeIds={new Set()} onSave={onSave} onCancel={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Vælg en kompetence/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('leaves out competences I already have', () => {
    render(<CompetenceEditor catalogue={catalogue} excludeIds={new Set(['ordblindhed'])} onSave={() => undefined} onCancel={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Søg i kompetencekataloget'), { target: { value: 'dysleksi' } });
    expect(screen.getByText(/Ingen kompetencer matcher/)).toBeTruthy();
  });

  it('no longer offers a competence an admin has retired', () => {
    const retired = catalogue.map((c) => (c.id === 'ordblindhed' ? { ...c, retired: true } : c));
    render(<CompetenceEditor catalogue={retired} excludeIds={new Set()} onSave={() => undefined} onCancel={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Søg i kompetencekataloget'), { target: { value: 'dysleksi' } });
    expect(screen.getByText(/Ingen kompetencer matcher/)).toBeTruthy();
  });
});
