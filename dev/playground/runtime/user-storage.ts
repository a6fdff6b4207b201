/**
 * Who uses the playground's document. Each user has storage of their own (Figma's clientStorage and
 * Penpot's localStorage are per user), kept in the page's localStorage under a prefix of their own; the
 * document (the scene and its plugin data) is the page's, shared by every user, as a team shares a file.
 * A test opens the plugin as a second user to check what travels with the document and what does not.
 */

/** '' is the page's first user, whose storage keeps the host's plain prefix. */
let user = '';

export function currentUser(): string {
  return user;
}

/** From the next open on, the plugin reads and writes `name`'s storage. */
export function switchUser(name: string): void {
  user = name;
}

/**
 * The page-localStorage prefix of the current user's storage for a host's ("pg:figma:" → "pg:figma@b:"),
 * never a prefix of another user's, so no user lists another's keys.
 */
export function userPrefix(hostPrefix: string): string {
  return user === '' ? hostPrefix : `${hostPrefix.replace(/:$/, '')}@${user}:`;
}
