import { useEffect } from 'preact/hooks';
import type { ThemeName } from '../../core/protocol/messages';
import { applyTheme } from '../state/theme';

/** Applies the theme the sandbox reported (Penpot; Figma follows its <html> class instead). */
export function useTheme(theme: ThemeName | undefined): void {
  useEffect(() => {
    if (theme) applyTheme(document.documentElement, theme);
  }, [theme]);
}
