// @vitest-environment jsdom
// A QR link opened signed out is kept for after the sign-in, and the sign-in page names
// what it is for: only our own sign-up and check-in paths, the title from the poster.
import { beforeEach, describe, expect, it } from 'vitest';
import { keepAfterSignIn, peekAfterSignIn, takeAfterSignIn } from '../../src/client/ui/events/after-sign-in';

beforeEach(() => sessionStorage.clear());

describe('the link kept for after the sign-in', () => {
  it('names a poster\'s event and keeps the link until it is taken', () => {
    keepAfterSignIn(`/s/s-cafe?${new URLSearchParams({ t: 'Caféseminar: Demens', d: '2026-12-09T13:00:00.000Z' })}`);
    expect(peekAfterSignIn()).toEqual({ kind: 'signup', title: 'Caféseminar: Demens' });
    expect(peekAfterSignIn()).toEqual({ kind: 'signup', title: 'Caféseminar: Demens' });
    expect(takeAfterSignIn()).toMatch(/^\/s\/s-cafe\?/);
    expect(peekAfterSignIn()).toBeNull();
  });

  it('says check-in for a check-in code, without a title when the link has none', () => {
    keepAfterSignIn('/c/s-cafe?k=abcdefghijklmnop');
    expect(peekAfterSignIn()).toEqual({ kind: 'checkin', title: null });
    keepAfterSignIn('/s/s-cafe?t=%20%20');
    expect(peekAfterSignIn()).toEqual({ kind: 'signup', title: null });
  });

  it('names nothing for a link that is not ours', () => {
    keepAfterSignIn('https://evil.example/s/x?t=Klik');
    expect(peekAfterSignIn()).toBeNull();
    keepAfterSignIn('//evil.example/s/x');
    expect(peekAfterSignIn()).toBeNull();
    expect(takeAfterSignIn()).toBeNull();
  });
});
