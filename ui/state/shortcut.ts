/** Ctrl/Cmd + Enter, as the platform writes it: the key for aria-keyshortcuts and the hint shown. */
export function submitShortcut(platform: string): { keys: string; shown: string } {
  const mac = /Mac|iPhone|iPad/.test(platform);
  return { keys: mac ? 'Meta+Enter' : 'Control+Enter', shown: mac ? '⌘↵' : 'Ctrl+↵' };
}
