/**
 * A host toast holds about 100 characters (Figma cuts the rest without a
 * sign). The one cut for every toast the sandbox shows: a longer text ends
 * in "…" so the designer can tell something was left out.
 */
export const TOAST_MAX_CHARS = 100;

export function toastText(text: string, max = TOAST_MAX_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
