// Tells the screens of this tab, and of the other tabs (BroadcastChannel), that the
// device database changed and what they show should be read again.
export interface ChangeFeed {
  notify(): void;
  /** Tells this tab's screens only: what changed is this tab's own view, not the database. */
  notifyHere(): void;
  subscribe(listener: () => void): () => void;
  /** Runs before the listeners when another tab reports a change (e.g. to reload data). */
  subscribeRemote(prepare: () => Promise<void>): () => void;
  close(): void;
}

export function createChangeFeed(channelName = 'videnbro-changes'): ChangeFeed {
  const listeners = new Set<() => void>();
  const preparers = new Set<() => Promise<void>>();
  const emit = () => { for (const listener of listeners) listener(); };
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  if (channel) {
    channel.onmessage = () => {
      void Promise.all([...preparers].map((prepare) => prepare())).then(emit, emit);
    };
  }
  return {
    notify() {
      emit();
      channel?.postMessage('changed');
    },
    notifyHere: emit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeRemote(prepare) {
      preparers.add(prepare);
      return () => preparers.delete(prepare);
    },
    close: () => channel?.close(),
  };
}
