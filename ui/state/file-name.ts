/**
 * The name a downloaded result gets: its prompt, made safe for every file
 * system, with the extension its type calls for.
 *
 * @example
 * resultFileName('A fox: head / icon', 'image/svg+xml'); // 'a-fox-head-icon.svg'
 */

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** Long enough to recognise the prompt, short enough for any file system. */
const MAX_STEM = 60;

export function resultFileName(prompt: string, mime: string): string {
  const stem = prompt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return `${stem || 'recraft-result'}.${EXTENSIONS[mime] ?? 'bin'}`;
}
