import type { ThemeName } from '../../core/protocol/messages';

/** Figma marks <html> with `figma-dark` or `figma-light` (showUI themeColors). */
export function themeFromClass(className: string): ThemeName | undefined {
  const classes = className.split(/\s+/);
  if (classes.includes('figma-dark')) return 'dark';
  if (classes.includes('figma-light')) return 'light';
  return undefined;
}

/** The stylesheet switches on `data-theme`; Figma's own variables win where present. */
export function applyTheme(
  root: { setAttribute(name: string, value: string): void },
  theme: ThemeName,
): void {
  root.setAttribute('data-theme', theme);
}

/** Follows Figma's theme class on <html>; returns the function that stops following. */
export function watchFigmaTheme(root: HTMLElement): () => void {
  const sync = () => {
    const theme = themeFromClass(root.className);
    if (theme) applyTheme(root, theme);
  };
  sync();
  const observer = new MutationObserver(sync);
  observer.observe(root, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
