import type { FormState } from './form';
import { parsePalette } from './validation';

/** The collapsed vector options in one line: "24 px · no background · 1 colour". */
export function vectorSummary(form: FormState): string {
  const colours =
    form.recolor === 'mono'
      ? '1 colour'
      : form.recolor === 'palette'
        ? `${parsePalette(form.paletteText).colours.length} colours`
        : "model's colours";
  return [
    form.iconSize ? `${form.iconSize} px` : 'canvas size',
    form.removeBackground ? 'no background' : 'background kept',
    colours,
  ].join(' · ');
}
