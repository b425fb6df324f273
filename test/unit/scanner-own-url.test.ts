// The scanner's whitelist: only this app's own sign-up and check-in links are followed;
// everything else read from a QR code (or typed) stays text.
import { describe, expect, it } from 'vitest';
import { ownTarget, typedTarget } from '../../src/client/ui/scanner/own-url';
import { signupUrl } from '../../src/client/ui/events/poster-screen';
import { newCheckinCode } from '../../src/client/ui/events/organizer-tools';

const ORIGIN = 'https://videnbro.fjordby.dk';
const CODE = 'Qm9vLWJhLWJvby1iYS1ib28';

describe('ownTarget: what a scanned text opens', () => {
  it('follows our own sign-up link, with the title and start the poster carries', () => {
    expect(ownTarget(`${ORIGIN}/s/s-cafe-demens-nat?t=Caf%C3%A9seminar&d=2026-12-09T13:00:00.000Z`, ORIGIN)).toEqual({
      kind: 'signup', id: 's-cafe-demens-nat', search: { t: 'Caféseminar', d: '2026-12-09T13:00:00.000Z' },
    });
    expect(ownTarget(`${ORIGIN}/s/0b6f1c9e-6a4e-4d1a-9a59-2f9d2b1c3e4f`, ORIGIN)).toEqual({ kind: 'signup', id: '0b6f1c9e-6a4e-4d1a-9a59-2f9d2b1c3e4f', search: {} });
  });

  it('reads exactly what the poster prints (signupUrl) and the check-in QR makes (newCheckinCode)', () => {
    const seminar = { id: 's-videndeling-i-praksis', title: 'Videndeling i praksis & mere', startsAt: '2027-01-13T11:30:00.000Z' };
    expect(ownTarget(signupUrl(ORIGIN, seminar), ORIGIN)).toEqual({
      kind: 'signup', id: seminar.id, search: { t: seminar.title, d: seminar.startsAt },
    });
    const code = newCheckinCode();
    expect(ownTarget(`${ORIGIN}/c/${seminar.id}?k=${encodeURIComponent(code)}`, ORIGIN)).toEqual({ kind: 'checkin', id: seminar.id, code });
  });

  it('follows our own check-in link only with a well-formed code', () => {
    expect(ownTarget(`${ORIGIN}/c/s-temadag-rehabilitering?k=${CODE}`, ORIGIN)).toEqual({ kind: 'checkin', id: 's-temadag-rehabilitering', code: CODE });
    for (const search of ['', '?k=', '?k=short', `?k=${CODE}%3Cscript%3E`, `?code=${CODE}`]) {
      expect(ownTarget(`${ORIGIN}/c/s-1${search}`, ORIGIN).kind).toBe('foreign');
    }
  });

  it('keeps a foreign origin as text, even with our paths (scheme, host and port count)', () => {
    for (const text of [
      `https://evil.example/s/s-cafe-demens-nat`,
      `http://videnbro.fjordby.dk/s/s-cafe-demens-nat`,
      `https://videnbro.fjordby.dk:8443/s/s-cafe-demens-nat`,
      `https://videnbro.fjordby.dk.evil.example/s/s-1`,
      `https://user:pw@videnbro.fjordby.dk/s/s-1`,
    ]) expect(ownTarget(text, ORIGIN)).toEqual({ kind: 'foreign', text });
  });

  it('never follows javascript:, data: or plain text', () => {
    for (const text of ['javascript:alert(1)', 'JavaScript:location="/s/s-1"', 'data:text/html,<script>alert(1)</script>', 'Ring til Bo på 12345678', 'WIFI:S:Fjordby;T:WPA;P:hemmelig;;', '']) {
      expect(ownTarget(text, ORIGIN)).toEqual({ kind: 'foreign', text });
    }
  });

  it('keeps our other paths as text', () => {
    for (const path of ['/', '/mig', '/arrangementer/s-1', '/s/', '/s/s-1/', '/s/s-1/plakat', '/c/', '/x/s-1', '/api/sync/push', '/s//evil.example']) {
      expect(ownTarget(`${ORIGIN}${path}`, ORIGIN).kind).toBe('foreign');
    }
  });

  it('refuses malformed ids', () => {
    for (const id of ['..', '%2E%2E', 'a%2Fb', '%E0%A4%A', '-starts-with-dash', 'has%20space', 'æøå', 'x'.repeat(101), '%3Cimg%3E']) {
      expect(ownTarget(`${ORIGIN}/s/${id}`, ORIGIN).kind).toBe('foreign');
    }
  });

  it('drops a title that is too long and a start that is not a time, but still opens the sign-up', () => {
    expect(ownTarget(`${ORIGIN}/s/s-1?t=${'x'.repeat(201)}&d=i%20morgen`, ORIGIN)).toEqual({ kind: 'signup', id: 's-1', search: {} });
  });
});

describe('typedTarget: the field for when there is no camera', () => {
  it('takes the short code from the poster', () => {
    expect(typedTarget('  s-cafe-demens-nat ', ORIGIN)).toEqual({ kind: 'signup', id: 's-cafe-demens-nat', search: {} });
  });
  it('takes the short link as printed (no scheme), a path, or the whole link', () => {
    expect(typedTarget('videnbro.fjordby.dk/s/s-1', ORIGIN)).toEqual({ kind: 'signup', id: 's-1', search: {} });
    expect(typedTarget('/s/s-1', ORIGIN)).toEqual({ kind: 'signup', id: 's-1', search: {} });
    expect(typedTarget(`${ORIGIN}/c/s-1?k=${CODE}`, ORIGIN)).toEqual({ kind: 'checkin', id: 's-1', code: CODE });
  });
  it('puts what it is given through the same whitelist', () => {
    expect(typedTarget('', ORIGIN)).toBeNull();
    expect(typedTarget('   ', ORIGIN)).toBeNull();
    for (const text of ['https://evil.example/s/s-1', 'evil.example/s/s-1', '//evil.example/s/s-1', 'javascript:alert(1)', '/mig', 'to ord']) {
      expect(typedTarget(text, ORIGIN)?.kind).toBe('foreign');
    }
  });
});
