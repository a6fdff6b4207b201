import { realClock, type Clock } from './http';

type SetTimer = (fn: () => void, ms: number) => unknown;

/** The realm's own clock; core has no timer types, but every realm it runs in has setTimeout. */
export function defaultClock(): Clock {
  const setTimer = (globalThis as unknown as { setTimeout: SetTimer }).setTimeout;
  return realClock((fn, ms) => setTimer(fn, ms));
}
