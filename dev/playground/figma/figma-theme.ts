/**
 * What `showUI(html, {themeColors: true})` adds to the plugin's document:
 * Figma's `--figma-color-*` variables and the `figma-light` / `figma-dark`
 * class on <html>, injected before the plugin's own markup and kept in step
 * with the editor's theme.
 */
import type { PlaygroundTheme } from '../api-types';

const LIGHT: Record<string, string> = {
  bg: '#ffffff',
  'bg-secondary': '#f5f5f5',
  'bg-tertiary': '#e6e6e6',
  'bg-hover': '#f5f5f5',
  'bg-pressed': '#e6e6e6',
  'bg-selected': '#e5f4ff',
  'bg-brand': '#0d99ff',
  'bg-brand-hover': '#007be5',
  'bg-brand-pressed': '#007be5',
  'bg-danger': '#f24822',
  'bg-success': '#14ae5c',
  'bg-warning': '#ffcd29',
  'bg-disabled': '#d9d9d9',
  text: '#000000e5',
  'text-secondary': '#00000080',
  'text-tertiary': '#0000004d',
  'text-brand': '#007be5',
  'text-onbrand': '#ffffff',
  'text-danger': '#dc3412',
  'text-success': '#009951',
  'text-warning': '#b86200',
  'text-disabled': '#0000004d',
  border: '#e6e6e6',
  'border-strong': '#2c2c2c',
  'border-brand': '#0d99ff',
  'border-selected': '#0d99ff',
  'border-danger': '#f24822',
  icon: '#000000e5',
  'icon-secondary': '#00000080',
  'icon-tertiary': '#0000004d',
  'icon-brand': '#0d99ff',
  'icon-onbrand': '#ffffff',
  'icon-danger': '#f24822',
};

const DARK: Record<string, string> = {
  bg: '#2c2c2c',
  'bg-secondary': '#383838',
  'bg-tertiary': '#444444',
  'bg-hover': '#383838',
  'bg-pressed': '#444444',
  'bg-selected': '#4a5878',
  'bg-brand': '#0c8ce9',
  'bg-brand-hover': '#0a6dc2',
  'bg-brand-pressed': '#0a6dc2',
  'bg-danger': '#e03e1a',
  'bg-success': '#198f51',
  'bg-warning': '#f7d15f',
  'bg-disabled': '#757575',
  text: '#ffffff',
  'text-secondary': '#ffffffb2',
  'text-tertiary': '#ffffff66',
  'text-brand': '#7cc4f8',
  'text-onbrand': '#ffffff',
  'text-danger': '#fca397',
  'text-success': '#79d297',
  'text-warning': '#f7d15f',
  'text-disabled': '#ffffff66',
  border: '#444444',
  'border-strong': '#ffffff',
  'border-brand': '#0c8ce9',
  'border-selected': '#0c8ce9',
  'border-danger': '#e03e1a',
  icon: '#ffffff',
  'icon-secondary': '#ffffffb2',
  'icon-tertiary': '#ffffff66',
  'icon-brand': '#7cc4f8',
  'icon-onbrand': '#ffffff',
  'icon-danger': '#fca397',
};

export function themeCss(theme: PlaygroundTheme): string {
  const vars = theme === 'dark' ? DARK : LIGHT;
  return `:root{${Object.entries(vars)
    .map(([name, value]) => `--figma-color-${name}:${value};`)
    .join('')}}`;
}

/** The key of the host's theme update message; the plugin's UI never sees it as a pluginMessage. */
export const THEME_MESSAGE = '__figmaPlaygroundTheme';

/** Markup Figma puts ahead of the plugin's own, so the UI's first paint is already themed. */
export function themeInjection(theme: PlaygroundTheme): string {
  const script =
    `(function(){var root=document.documentElement;root.classList.add('figma-${theme}');` +
    `window.addEventListener('message',function(e){var t=e.data&&e.data.${THEME_MESSAGE};` +
    `if(!t||e.source!==parent)return;document.getElementById('figma-style').textContent=t.css;` +
    `root.classList.remove('figma-light','figma-dark');root.classList.add('figma-'+t.theme);});})();`;
  return `<style id="figma-style">${themeCss(theme)}</style><script>${script}</script>`;
}

/** Puts the injection right after <head> (or <html>, or the doctype) so the document keeps standards mode. */
export function injectIntoHtml(html: string, injection: string): string {
  for (const pattern of [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i, /<!doctype[^>]*>/i]) {
    const match = pattern.exec(html);
    if (match) {
      const end = match.index + match[0].length;
      return html.slice(0, end) + injection + html.slice(end);
    }
  }
  return injection + html;
}
