// @ts-check
/// <reference lib="webworker" />
/* global self, URL */
// The service worker's part in messages outside the app (issue 22), loaded into the
// generated worker (vite.config.ts, workbox.importScripts). A push message shows a
// notification — the app's icon, the message's own words, one per event and kind (`tag`) —
// unless the app is open and in view: then the app syncs instead of a second banner. A tap
// opens the app at the message's own address (only ever a path in this app), focusing an
// open window where there is one. The words are in the person's own language (their settings).
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @param {PushEvent} event @returns {{ kind: string; title: string; body: string; url: string; tag: string } | null} */
function readPayload(event) {
  try {
    const data = event.data?.json();
    return data && typeof data.title === 'string' && typeof data.url === 'string' ? data : null;
  } catch {
    return null;
  }
}

/** A path in this app, or its front page. @param {unknown} url */
function localUrl(url) {
  const target = new URL(typeof url === 'string' ? url : '/', worker.location.origin);
  return target.origin === worker.location.origin ? target.href : `${worker.location.origin}/`;
}

worker.addEventListener('push', (event) => {
  const message = readPayload(event);
  if (!message) return;
  event.waitUntil((async () => {
    const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const inView = windows.find((client) => client.visibilityState === 'visible');
    if (inView) {
      inView.postMessage({ type: 'videnbro:push', kind: message.kind });
      return;
    }
    await worker.registration.showNotification(message.title, {
      body: message.body, tag: message.tag, icon: '/icons/icon-192.png', badge: '/icons/icon-192.png', data: { url: localUrl(message.url) },
    });
  })());
});

/**
 * The app's open window goes to `url` (then comes to the front, where the browser lets
 * it); with none open, or one this worker cannot steer, a new window opens there.
 * @param {string} url
 */
async function openAt(url) {
  const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const open of windows) {
    const moved = await open.navigate(url).catch(() => null);
    if (!moved) continue;
    await moved.focus().catch(() => undefined);
    return;
  }
  await worker.clients.openWindow(url);
}

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openAt(localUrl(event.notification.data?.url)));
});
