import { useSyncExternalStore } from 'react';

export const TOKEN_STORAGE_KEY = 'effekt.token';

/** Why the session ended; the login page tells the user when it was not their own choice. */
export type SessionEnd = 'signedOut' | 'expired';

type Listener = () => void;
const listeners = new Set<Listener>();
let lastEnd: SessionEnd | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function startSession(token: string): void {
  window.localStorage.setItem(TOKEN_STORAGE_KEY, token);
  lastEnd = null;
  notify();
}

export function endSession(reason: SessionEnd): void {
  const hadToken = getToken() !== null;
  window.localStorage.removeItem(TOKEN_STORAGE_KEY);
  if (hadToken) lastEnd = reason;
  notify();
}

/** Why the last session in this page ended; cleared when a new one starts. */
export function getSessionEnd(): SessionEnd | null {
  return lastEnd;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  // Another tab signing in or out changes the same storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, () => null);
}
