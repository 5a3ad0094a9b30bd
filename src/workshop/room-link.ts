// Keeps the projected window and the presenter view on the same session, and the session
// across a reload: BroadcastChannel between the two windows, localStorage on this computer.
// Nothing leaves the computer.
import type { Session } from './session.ts';

interface Message {
  type: 'hello' | 'state';
  session?: unknown;
}

export interface RoomLink {
  /** The session kept from before a reload, if it still fits. */
  saved: Session | undefined;
  /** Shows `session` in every window of this workshop, and keeps it. */
  publish(session: Session): void;
}

/**
 * `key` names one workshop in one language; `read` checks data from storage or another
 * window; `onRemote` receives a newer session published by the other window.
 */
export function openRoomLink(key: string, read: (x: unknown) => Session | undefined, onRemote: (session: Session) => void): RoomLink {
  let saved: Session | undefined;
  try {
    saved = read(JSON.parse(localStorage.getItem(key) ?? 'null'));
  } catch {
    saved = undefined;
  }
  let current = saved;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type === 'hello') {
      if (current) channel.postMessage({ type: 'state', session: current } satisfies Message);
      return;
    }
    const session = read(event.data?.session);
    if (session && (!current || session.rev > current.rev)) {
      current = session;
      onRemote(session);
    }
  });
  // A window that opens late asks the other for the session in progress.
  channel?.postMessage({ type: 'hello' } satisfies Message);

  return {
    saved,
    publish(session) {
      current = session;
      try {
        localStorage.setItem(key, JSON.stringify(session));
      } catch {
        // Private mode or a full store: the session still runs, it just will not survive a reload.
      }
      channel?.postMessage({ type: 'state', session } satisfies Message);
    },
  };
}
