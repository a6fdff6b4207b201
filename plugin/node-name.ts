/** Layer names: the prompt, on one line, short enough for the layers panel. */
const MAX_NAME = 60;

export function nodeName(prompt: unknown): string {
  const line = typeof prompt === 'string' ? prompt.replace(/\s+/g, ' ').trim() : '';
  if (!line) return 'Recraft result';
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1).trimEnd()}…` : line;
}
