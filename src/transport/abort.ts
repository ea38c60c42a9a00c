/**
 * One 'abort' listener per signal, however many calls share it. Node warns
 * (MaxListenersExceededWarning) past ten listeners on one AbortSignal, and a caller may well share
 * one signal between hundreds of calls: each call registers here instead, and the one real
 * listener calls them all.
 */
const callbacks = new WeakMap<AbortSignal, Set<() => void>>();

function fire(this: AbortSignal): void {
  const set = callbacks.get(this);
  if (!set) return;
  callbacks.delete(this);
  for (const callback of set) callback();
}

/** Runs `callback` once when `signal` aborts; returns the function that unregisters it. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let set = callbacks.get(signal);
  if (!set) {
    set = new Set();
    callbacks.set(signal, set);
    signal.addEventListener('abort', fire, { once: true });
  }
  // A wrapper, so that the same function registered twice is two registrations.
  const entry = () => callback();
  set.add(entry);
  return () => {
    const current = callbacks.get(signal);
    if (!current) return;
    current.delete(entry);
    if (current.size === 0) {
      callbacks.delete(signal);
      signal.removeEventListener('abort', fire);
    }
  };
}
