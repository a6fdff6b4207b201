/**
 * Globals Penpot's plugin sandbox provides that @penpot/plugin-types does
 * not declare. Declared here, narrowly, so this realm compiles without the
 * DOM lib. The fetch is declared as Penpot really gives it (Authorization
 * blanked, text/json only) so no code can mistake it for a usable one.
 */
declare function setTimeout(callback: () => void, ms?: number): number;
declare function clearTimeout(handle: number): void;

declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

declare function fetch(
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}>;
