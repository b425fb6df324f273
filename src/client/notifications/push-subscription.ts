// This browser's push subscription (issue 22): whether the phone can take messages at
// all, and turning them on (permission asked only here, after the person tapped the
// button that says why) or off. The server keeps the subscription for this session.
import type { Transport } from '../sync/transport';

export type PushState = 'unsupported' | 'needsHomeScreen' | 'denied' | 'off' | 'on';

/** iPhones and iPads take push messages only in the app added to the home screen. */
function isAppleBrowserTab(): boolean {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false;
  return /iPhone|iPad|iPod/.test(globalThis.navigator?.userAgent ?? '') && !standalone;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

export async function pushState(): Promise<PushState> {
  if (isAppleBrowserTab()) return 'needsHomeScreen';
  if (!('PushManager' in globalThis) || !('Notification' in globalThis)) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const worker = await registration();
  if (!worker) return 'unsupported';
  return (await worker.pushManager.getSubscription()) ? 'on' : 'off';
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Asks for permission, subscribes and tells the server: the state it ended in, and when it
 * failed on the way (no key, the server's refusal or no answer), `failed` with the server's
 * words where it gave some. A permission not given is no failure.
 */
export async function turnPushOn(transport: Transport): Promise<{ state: PushState; failed?: boolean; error?: string }> {
  if ((await Notification.requestPermission()) !== 'granted') return { state: Notification.permission === 'denied' ? 'denied' : 'off' };
  const worker = await registration();
  if (!worker) return { state: 'unsupported' };
  const key = await transport.pushKey();
  if (!key.ok) return { state: 'off', failed: true, ...(key.error && { error: key.error.message }) };
  const subscription = await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.value.publicKey) });
  const { endpoint, keys } = subscription.toJSON();
  const kept = await transport.subscribePush({ endpoint, keys });
  if (kept.ok) return { state: 'on' };
  await subscription.unsubscribe();
  return { state: 'off', failed: true, ...(kept.error && { error: kept.error.message }) };
}

export async function turnPushOff(transport: Transport): Promise<PushState> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  if (subscription) {
    await transport.unsubscribePush(subscription.endpoint);
    await subscription.unsubscribe();
  }
  return 'off';
}
