// Which push endpoints the server may send to (issue 22: no SSRF), the VAPID settings, and
// the worker's pause before trying a silent push service again.
import { describe, expect, it } from 'vitest';
import { isAllowedPushEndpoint, pushSettingsFrom } from '../../src/server/notifications/push-settings';
import { retryDelayMs } from '../../src/server/notifications/worker';
import { topicOf } from '../../src/server/notifications/push-sender';

describe('push endpoints', () => {
  const none = { allowedOrigins: [] };
  it('takes https at the push services of Chrome, Firefox, Safari and Windows', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc:def', 'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGm7', 'https://wns2-db5p.notify.windows.com/w/?token=BQYAAA',
    ]) expect(isAllowedPushEndpoint(endpoint, none), endpoint).toBe(true);
  });
  it('refuses anything else: plain http, other hosts and ports, look-alikes, credentials, addresses inside', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc', 'https://fcm.googleapis.com.evil.example/x', 'https://evilfcm.googleapis.com/x',
      'https://fcm.googleapis.com:8443/x', 'https://user:pw@fcm.googleapis.com/x', 'https://127.0.0.1/push', 'https://10.0.0.5/push',
      'https://notify.windows.com.evil.example/x', 'file:///etc/passwd', 'ikke en adresse',
    ]) expect(isAllowedPushEndpoint(endpoint, none), endpoint).toBe(false);
  });
  it('takes an origin allowed by name (PUSH_ALLOWED_ORIGINS), exactly', () => {
    const settings = pushSettingsFrom({ PUSH_ALLOWED_ORIGINS: 'https://127.0.0.1:8443/ignored-path' });
    expect(settings.allowedOrigins).toEqual(['https://127.0.0.1:8443']);
    expect(isAllowedPushEndpoint('https://127.0.0.1:8443/push/1', settings)).toBe(true);
    expect(isAllowedPushEndpoint('https://127.0.0.1:8444/push/1', settings)).toBe(false);
  });
  it('wants both VAPID keys or neither', () => {
    expect(() => pushSettingsFrom({ VAPID_PUBLIC_KEY: 'x' })).toThrow(/VAPID_PUBLIC_KEY og VAPID_PRIVATE_KEY/);
    expect(pushSettingsFrom({ VAPID_PUBLIC_KEY: 'pub', VAPID_PRIVATE_KEY: 'priv', VAPID_SUBJECT: 'mailto:it@k.dk' }))
      .toEqual({ vapid: { publicKey: 'pub', privateKey: 'priv' }, subject: 'mailto:it@k.dk', allowedOrigins: [] });
  });
  it('waits longer after each silent answer, at most an hour', () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
  it('gives one Topic per kind and subject, as the push services allow it', () => {
    const payload = { kind: 'seatOpened' as const, title: 't', body: 'b', url: '/', tag: 'seat-1' };
    expect(topicOf(payload)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(topicOf(payload)).toBe(topicOf({ ...payload, body: 'other words' }));
    expect(topicOf(payload)).not.toBe(topicOf({ ...payload, tag: 'seat-2' }));
  });
});
