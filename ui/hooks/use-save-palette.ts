import { useEffect, useRef } from 'preact/hooks';
import { parsePalette } from '../state/validation';
import type { Transport } from '../transport/types';

const DELAY_MS = 400;

/**
 * The palette the designer typed goes to the document ('save-palette'), a moment after they stop typing
 * and only while every colour in it reads: the next open shows it, not the document's colours again.
 */
export function useSavePalette(transport: Transport, paletteText: string, kitText?: string): void {
  const last = useRef(paletteText);
  useEffect(() => {
    if (paletteText === last.current) return undefined;
    // The brand kit's palette, put there by the kit, is not typed: the next open takes it from the kit again.
    if (paletteText === kitText) return undefined;
    const { colours, invalid } = parsePalette(paletteText);
    if (invalid.length || !colours.length) return undefined;
    const timer = setTimeout(() => {
      last.current = paletteText;
      transport.send({ type: 'save-palette', palette: colours });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [transport, paletteText, kitText]);
}
