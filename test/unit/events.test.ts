import { describe, expect, it } from 'vitest';
import { canCancel, canSignUp, isFull, isMine, signupState } from '../../src/client/ui/events/signup-state';
import type { Signup } from '../../src/shared/entities/seminar';

const signup = (over: Partial<Signup> = {}): Signup => ({
  id: 's-1:p-anna', seminarId: 's-1', personId: 'p-anna', status: 'confirmed', position: null, checkedInAt: null, createdAt: '2026-11-01T10:00:00.000Z', ...over,
});

describe('events sign-up state', () => {
  const base = { seminarId: 's-1', signup: undefined, pending: [], refused: [] };
  it('is pending while a sign-up waits in the outbox, never confirmed before the server says so', () => {
    const state = signupState({ ...base, pending: [{ id: 3, name: 'signup.request', args: { seminarId: 's-1' } }] });
    expect(state).toEqual({ kind: 'pendingSignup' });
  });
  it('takes the latest waiting change for this seminar only', () => {
    const pending = [
      { id: 3, name: 'signup.request', args: { seminarId: 's-1' } },
      { id: 4, name: 'signup.cancel', args: { seminarId: 's-1' } },
      { id: 5, name: 'signup.request', args: { seminarId: 's-2' } },
    ];
    expect(signupState({ ...base, signup: signup(), pending })).toEqual({ kind: 'pendingCancel' });
  });
  it('shows what the server decided: confirmed, waiting list with position, attended, cancelled', () => {
    expect(signupState({ ...base, signup: signup() })).toEqual({ kind: 'confirmed' });
    expect(signupState({ ...base, signup: signup({ status: 'waitlisted', position: 3 }) })).toEqual({ kind: 'waitlisted', position: 3 });
    expect(signupState({ ...base, signup: signup({ checkedInAt: '2026-11-10T09:00:00.000Z' }) })).toEqual({ kind: 'attended' });
    expect(signupState({ ...base, signup: signup({ status: 'cancelled' }) })).toEqual({ kind: 'cancelled' });
    expect(signupState(base)).toEqual({ kind: 'none' });
  });
  it('says the event was cancelled where I had a seat, a place or a sign-up on the way; not where I had none', () => {
    const cancelled = { status: 'cancelled' as const };
    expect(signupState({ ...base, seminar: cancelled, signup: signup() })).toEqual({ kind: 'eventCancelled' });
    expect(signupState({ ...base, seminar: cancelled, signup: signup({ status: 'waitlisted', position: 2 }) })).toEqual({ kind: 'eventCancelled' });
    expect(signupState({ ...base, seminar: cancelled, pending: [{ id: 3, name: 'signup.request', args: { seminarId: 's-1' } }] })).toEqual({ kind: 'eventCancelled' });
    expect(signupState({ ...base, seminar: cancelled })).toEqual({ kind: 'none' });
    expect(signupState({ ...base, seminar: cancelled, signup: signup({ status: 'cancelled' }) })).toEqual({ kind: 'cancelled' });
    expect(signupState({ ...base, seminar: { status: 'scheduled' }, signup: signup() })).toEqual({ kind: 'confirmed' });
    expect(isMine({ kind: 'eventCancelled' })).toBe(true);
  });
  it('is full when every seat is taken', () => {
    expect(isFull({ capacity: 24, confirmedCount: 24 })).toBe(true);
    expect(isFull({ capacity: 24, confirmedCount: 23 })).toBe(false);
    expect(isFull(undefined)).toBe(false);
  });
  it('shows the refusal in the server\'s words until a newer row overtakes it', () => {
    const refused = [{ id: 2, name: 'signup.request', args: { seminarId: 's-1' }, message: 'Tilmeldingsfristen er overskredet.', at: '2026-11-02T10:00:00.000Z' }];
    expect(signupState({ ...base, refused })).toEqual({ kind: 'refused', message: 'Tilmeldingsfristen er overskredet.' });
    expect(signupState({ ...base, refused, signup: signup({ status: 'cancelled', createdAt: '2026-11-03T10:00:00.000Z' }) })).toEqual({ kind: 'cancelled' });
    expect(signupState({ ...base, refused: [{ ...refused[0]!, args: { seminarId: 's-2' } }] })).toEqual({ kind: 'none' });
  });
  it('offers "Tilmeld" and "Afmeld" only where they make sense', () => {
    const open = { status: 'scheduled' as const, endsAt: '2999-01-01T00:00:00.000Z' };
    expect(canSignUp(open, { kind: 'none' })).toBe(true);
    expect(canSignUp(open, { kind: 'pendingSignup' })).toBe(false);
    expect(canSignUp({ ...open, status: 'cancelled' }, { kind: 'none' })).toBe(false);
    expect(canSignUp({ ...open, endsAt: '2000-01-01T00:00:00.000Z' }, { kind: 'none' })).toBe(false);
    expect(canSignUp(undefined, { kind: 'none' })).toBe(true);
    expect(canCancel(open, { kind: 'waitlisted', position: 1 })).toBe(true);
    expect(canCancel(open, { kind: 'none' })).toBe(false);
  });
});
