// Tells the screens of this tab, and of the other tabs (BroadcastChannel), that the
// device database changed and what they show should be read again.
export interface ChangeFeed {
  notify(): void;
  subscribe(listener: () => void): () => void;
  close(): void;
}

export function createChangeFeed(channelName = 'videnbro-changes'): ChangeFeed {
  const listeners = new Set<() => void>();
  const emit = () => { for (const listener of listeners) listener(); };
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  if (channel) channel.onmessage = emit;
  return {
    notify() {
      emit();
      channel?.postMessage('changed');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel?.close(),
  };
}
