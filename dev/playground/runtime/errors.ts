/**
 * Errors the plugin's code let escape into the host: thrown from a handler
 * or a timer, or a rejected promise nobody handled. Shown in the console and
 * kept for `playground.errors()`.
 */
const recorded: string[] = [];

/** Names whose error an uncaught one is (Penpot's runtime marks the plugin's own). */
let label: (error: unknown) => string | undefined = () => undefined;

export function recordError(source: string, error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const owner = label(error);
  recorded.push(`${owner ? `${owner} ` : ''}${source}: ${text}`);
  console.error(`[playground] ${source}:`, error);
}

export function recordedErrors(): string[] {
  return [...recorded];
}

export function labelErrors(labeller: (error: unknown) => string | undefined): void {
  label = labeller;
}

export function watchUnhandled(): void {
  window.addEventListener('unhandledrejection', (event) => recordError('unhandled rejection', event.reason));
  window.addEventListener('error', (event) => recordError('uncaught', event.error ?? event.message));
}
