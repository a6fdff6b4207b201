/** Pieces more than one area's sentences share, so they read alike. */

/** A wait as whole minutes, never "0 min". */
export const minutesOf = (ms: number) => Math.max(1, Math.round(ms / 60_000));
