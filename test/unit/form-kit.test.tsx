// @vitest-environment jsdom
// The form kit: every field has a real label, its hint and its error tied to the control
// (aria-describedby, aria-invalid); a failed submit lists the errors at the top as links,
// announces them (one live region) and focuses the first; the browser's checks are said in
// Danish; the date-time field says "Dansk tid" and its value means the Copenhagen hour.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Form } from '../../src/client/ui/components/form';
import { useFormErrors, type FormError } from '../../src/client/ui/components/form-errors';
import { DateTimeField, LongTextField, NumberField, SelectField, TextField } from '../../src/client/ui/components/form-fields';
import { CheckboxGroup, RadioGroup } from '../../src/client/ui/components/form-choices';
import { fromCopenhagenInput, toCopenhagenInput } from '../../src/shared/time/copenhagen-time';

/** A form like the event form: its own rule (end after start) on top of the browser's checks. */
function EventLike({ onSave }: { onSave(data: FormData): void }) {
  const errors = useFormErrors();
  return (
    <Form aria-label="Prøve" errors={errors} head={<h1>Prøve</h1>} onSubmit={(event) => {
      const data = new FormData(event.currentTarget);
      const found: FormError[] = [];
      if (String(data.get('end')) <= String(data.get('start'))) found.push({ field: 'end', message: 'Slut skal være efter start.' });
      if (found.length > 0) return errors.show(found);
      onSave(data);
    }}>
      <TextField label="Titel" id="title" name="title" required hint="Det, folk ser først." />
      <LongTextField label="Beskrivelse" id="description" name="description" />
      <NumberField label="Antal pladser" id="seats" name="seats" min={1} max={500} defaultValue="20" />
      <DateTimeField label="Starter" id="start" name="start" required defaultValue="2027-03-10T14:00" />
      <DateTimeField label="Slutter" id="end" name="end" required defaultValue="2027-03-10T15:00" />
      <SelectField label="Type" id="kind" name="kind" defaultValue="cafe">
        <option value="seminar">Seminar</option><option value="cafe">Caféseminar</option>
      </SelectField>
      <CheckboxGroup legend="DLO" hint="Vælg dem, der passer." id="dlo" name="dlo" defaultValues={['5']}
        options={[{ value: '5', label: '5. Intern udveksling' }, { value: '10', label: '10. Miljø for læring' }]} />
      <button type="submit">Gem</button>
    </Form>
  );
}

const control = (name: string) => screen.getByLabelText(name, { selector: 'input, textarea, select' }) as HTMLInputElement;
const describedBy = (element: HTMLElement) => (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => document.getElementById(id)?.textContent);

describe('the form kit', () => {
  it('gives every control a real label, and ties its hint to it', () => {
    render(<EventLike onSave={() => undefined} />);
    const title = control('Titel');
    expect(title.tagName).toBe('INPUT');
    expect(document.querySelector(`label[for="${title.id}"]`)?.textContent).toBe('Titel');
    expect(describedBy(title)).toEqual(['Det, folk ser først.']);
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(control('Beskrivelse').tagName).toBe('TEXTAREA');
    expect(control('Antal pladser').type).toBe('number');
    expect(control('Type').tagName).toBe('SELECT');
    // The date-time field says which clock it means.
    expect(control('Starter').type).toBe('datetime-local');
    expect(describedBy(control('Starter'))).toEqual(['Dansk tid.']);
    const group = screen.getByRole('group', { name: 'DLO' });
    expect(describedBy(group)).toEqual(['Vælg dem, der passer.']);
    expect((within(group).getByLabelText('5. Intern udveksling') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("on a failed submit lists the errors as links, shows each under its field and focuses the first", () => {
    const onSave = vi.fn();
    render(<EventLike onSave={onSave} />);
    fireEvent.input(control('Slutter'), { target: { value: '2027-03-10T13:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onSave).not.toHaveBeenCalled();

    // The browser's checks come first, in Danish: the missing title, not yet the end.
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Udfyld feltet.', '#title']]);
    const title = control('Titel');
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(title)).toEqual(['Det, folk ser først.', 'Udfyld feltet.']);

    // Then the form's own rule: under Slutter, focused, and the summary says only that.
    fireEvent.input(title, { target: { value: 'Caféseminar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    const end = control('Slutter');
    expect(document.activeElement).toBe(end);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(end)).toEqual(['Dansk tid.', 'Slut skal være efter start.']);
    expect(screen.getByRole('alert').textContent).toBe('Slut skal være efter start.');
    expect(title.getAttribute('aria-invalid')).toBeNull();

    // A link of the summary takes focus back to its field.
    end.blur();
    fireEvent.click(within(screen.getByRole('alert')).getByRole('link', { name: 'Slut skal være efter start.' }));
    expect(document.activeElement).toBe(end);

    // Put right, the form saves and the errors go.
    fireEvent.input(end, { target: { value: '2027-03-10T16:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(end.getAttribute('aria-invalid')).toBeNull();
  });

  it('says the browser’s range check in Danish, and a field may say it its own way', () => {
    function Needs() {
      const errors = useFormErrors();
      return (
        <Form aria-label="Behov" errors={errors} onSubmit={() => undefined}>
          <NumberField label="Behov i dag" id="now" min={0} max={500} defaultValue="7000" />
          <NumberField label="Behov om 5 år" id="later" min={0} max={500} defaultValue="-1" invalidMessage="Skriv et helt antal personer fra 0 til 500." />
          <button type="submit">Gem</button>
        </Form>
      );
    }
    render(<Needs />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent))
      .toEqual(['Skriv højst 500.', 'Skriv et helt antal personer fra 0 til 500.']);
    expect(document.activeElement).toBe(control('Behov i dag'));
  });

  it('focuses the summary itself for an error of the whole form', () => {
    function Whole() {
      const errors = useFormErrors();
      return (
        <Form aria-label="Profil" errors={errors} onSubmit={() => errors.show([{ message: 'Ændringen blev ikke gemt.' }])}>
          <TextField label="Stilling" />
          <button type="submit">Gem</button>
        </Form>
      );
    }
    render(<Whole />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(screen.getByRole('alert').textContent).toBe('Ændringen blev ikke gemt.');
    expect(document.activeElement).toBe(screen.getByTestId('form-summary'));
    expect(within(screen.getByRole('alert')).queryByRole('link')).toBeNull();
  });

  it('ties a radio group’s error to the group and links it to its first choice', () => {
    function Pick() {
      const errors = useFormErrors();
      return (
        <Form aria-label="Synlighed" errors={errors} onSubmit={() => errors.show([{ field: 'vis', message: 'Vælg et netværk.' }])}>
          <RadioGroup legend="Hvem kan se den" id="vis" name="vis" value="unit" onChange={() => undefined}
            options={[{ value: 'unit', label: 'Enheden' }, { value: 'network', label: 'Et netværk' }]} />
          <button type="submit">Gem</button>
        </Form>
      );
    }
    render(<Pick />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    const group = screen.getByRole('group', { name: 'Hvem kan se den' });
    expect(describedBy(group)).toEqual(['Vælg et netværk.']);
    expect(document.activeElement).toBe(within(group).getByLabelText('Enheden'));
  });
});

describe('Danish time in the date-time field', () => {
  it('turns the Copenhagen wall clock into the instant and back, winter and summer', () => {
    expect(fromCopenhagenInput('2027-03-10T14:00')).toBe('2027-03-10T13:00:00.000Z');
    expect(fromCopenhagenInput('2027-07-10T14:00')).toBe('2027-07-10T12:00:00.000Z');
    expect(toCopenhagenInput('2027-03-10T13:00:00.000Z')).toBe('2027-03-10T14:00');
    expect(toCopenhagenInput('2027-07-10T12:00:00.000Z')).toBe('2027-07-10T14:00');
  });

  it('takes the first of the hour that happens twice, and the hour that never happens as winter time', () => {
    expect(fromCopenhagenInput('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(fromCopenhagenInput('2027-03-28T02:30')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('leaves what is no time empty instead of guessing', () => {
    expect(toCopenhagenInput('ikke en tid')).toBe('');
    expect(toCopenhagenInput(null)).toBe('');
    expect(fromCopenhagenInput('')).toBeNull();
    expect(fromCopenhagenInput('10-03-2027 14:00')).toBeNull();
  });
});
