/**
 * A fresh, unguessable secret for Penpot's UI channel (see
 * penpot-envelope.ts), made by the Penpot Host adapter each time the plugin
 * starts. Penpot's sandbox has no `crypto`, so it is drawn from Math.random:
 * four draws of 32 bits, 128 bits in all, written as hex so it goes into the
 * UI's URL as it is.
 */
const DRAWS = 4;
const DRAW_RANGE = 2 ** 32;

export function newChannelSecret(random: () => number = Math.random): string {
  let secret = '';
  for (let i = 0; i < DRAWS; i++) {
    secret += Math.floor(random() * DRAW_RANGE)
      .toString(16)
      .padStart(8, '0');
  }
  return secret;
}
