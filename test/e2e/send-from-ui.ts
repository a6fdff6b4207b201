/**
 * Posts a protocol message to the sandbox from inside the plugin window, in its host's envelope (Figma's
 * `{pluginMessage}`, Penpot's `{channel, message}` with the secret from the window's URL): what the UI's
 * transport does, for tests of the sandbox's side that should not depend on the window's controls.
 */
import type { PlaygroundSession } from './playground-session';

export async function sendFromUiAsync(session: PlaygroundSession, message: unknown): Promise<void> {
  await session.ui.locator('body').evaluate(
    (_, [host, data]) => {
      const channel = new URLSearchParams(location.search).get('channel') ?? '';
      window.parent.postMessage(host === 'figma' ? { pluginMessage: data } : { channel, message: data }, '*');
    },
    [session.host, message] as const,
  );
}
