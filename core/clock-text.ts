/**
 * Elapsed time as the status lines show it: "0:42", "12:05", "1:02:03" (the
 * set's progress line and the footer's "Generating 3 of 8 · 0:12").
 */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
