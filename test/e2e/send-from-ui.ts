/**
 * Posts a protocol message to the sandbox from inside the plugin window, in its host's envelope (Figma's
 * `{pluginMessage}`, Penpot's `{channel, message}` with the secret from the window's URL): what the UI's
 * transport does, for tests of the sandbox's side that should not depend on the window's controls. Pass
 * bytes as a plain array (`bytes: [...u8]`): they arrive as a Uint8Array.
 */
import type { PlaygroundSession } from './playground-session';

export async function sendFromUiAsync(session: PlaygroundSession, message: unknown): Promise<void> {
  await session.ui.locator('body').evaluate(
    (_, [host, sent]) => {
      // Bytes cross from the test as a plain array; the protocol carries them as a Uint8Array.
      const revive = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(revive);
        if (typeof value !== 'object' || value === null) return value;
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === 'bytes' && Array.isArray(v) ? new Uint8Array(v) : revive(v),
          ]),
        );
      };
      const data = revive(sent);
      const channel = new URLSearchParams(location.search).get('channel') ?? '';
      window.parent.postMessage(host === 'figma' ? { pluginMessage: data } : { channel, message: data }, '*');
    },
    [session.host, message] as const,
  );
}
