/**
 * Penpot's envelope around UI → sandbox messages, and the URL parameter that
 * carries its secret: the one home of both, used by the sandbox's Host
 * adapter (plugin/hosts/penpot) and the UI's transport (ui/transport/penpot).
 *
 * Why an envelope: Penpot's runtime hands every message posted to the
 * editor's window — from any frame: an embed, a browser extension, another
 * plugin's UI — to `penpot.ui.onMessage`, unwrapped and without its origin or
 * source, so the sandbox cannot tell our UI's messages from forgeries by
 * where they come from. Instead the sandbox makes a fresh secret each time it
 * starts and opens the UI at `ui.html?channel=<secret>`. The URL of our iframe
 * is readable only by the editor itself (which creates the iframe) and by our
 * UI (its own `location`): every other frame is cross-origin to it. The UI
 * wraps every message as `{channel, message}` and the sandbox passes on only
 * those carrying the secret.
 *
 * Sandbox → UI messages stay bare: Penpot posts them from the editor's window,
 * and the UI accepts messages only from its parent (ui/transport/window-transport.ts).
 */

/** The query parameter of the UI's URL that carries the channel secret. */
export const CHANNEL_PARAM = 'channel';

export interface PenpotEnvelope {
  readonly channel: string;
  readonly message: unknown;
}

export function wrapInEnvelope(channel: string, message: unknown): PenpotEnvelope {
  return { channel, message };
}

/**
 * The message inside an envelope that carries `channel`, or undefined for
 * anything else (a bare message, another secret, no secret at all). Even a
 * hostile value (a throwing getter or proxy) is dropped, never thrown on.
 */
export function openEnvelope(channel: string, data: unknown): unknown {
  // An empty secret would match an envelope anyone can make.
  if (channel === '') return undefined;
  try {
    if (typeof data !== 'object' || data === null) return undefined;
    const envelope = data as Partial<PenpotEnvelope>;
    return envelope.channel === channel ? envelope.message : undefined;
  } catch {
    return undefined;
  }
}
