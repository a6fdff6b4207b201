/** A moment as the designer's locale writes it, short: "07/05/2025, 14:03". */
export function whenText(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
