/**
 * What the brand kit adds to a press of Generate, shown before it is sent:
 * the palette in words at the end of the prompt (on by default when the
 * document has a kit), and, only when the designer opted in, the kit's
 * colours as Recraft's `controls` (not documented by the gateway; sent to
 * Recraft models only, core/api/request-body.ts).
 */
import { brandControls } from '../../core/brand/controls';
import { paletteWords, promptWithPalette } from '../../core/brand/palette-words';
import type { BrandKit } from '../../core/brand/types';
import type { Settings } from '../../core/settings';
import type { IconSetSpec } from '../../core/sets/types';
import type { GenerationRequest } from '../../core/tasks/types';

export interface BrandOptions {
  /** The document's kit as saved; undefined when it has none (then nothing is added). */
  readonly kit?: BrandKit;
  readonly settings: Pick<Settings, 'sendBrandColours' | 'paletteInPrompt'>;
}

/** The prompt exactly as it will be sent (the preview under the prompt shows it when it differs). */
export function sentPrompt(prompt: string, brand: BrandOptions): string {
  const { kit, settings } = brand;
  if (!kit || !settings.paletteInPrompt) return prompt;
  // A prompt reused from History already ends with the words it was sent with: never twice.
  const words = paletteWords(kit.palette);
  return words && prompt.includes(words) ? prompt.trim() : promptWithPalette(prompt, kit.palette);
}

/** The form's request with what the kit adds. */
export function brandRequest(request: GenerationRequest, brand: BrandOptions): GenerationRequest {
  const prompt = sentPrompt(request.prompt, brand);
  const controls = brand.kit && brand.settings.sendBrandColours ? brandControls(brand.kit) : undefined;
  return { ...request, prompt, ...(controls ? { controls } : {}) };
}

/** A set's spec with what the kit adds: the palette's words after the template, the brand colours if opted in. */
export function brandSetSpec(spec: IconSetSpec, brand: BrandOptions): IconSetSpec {
  const template = sentPrompt(spec.template, brand);
  const controls = brand.kit && brand.settings.sendBrandColours ? brandControls(brand.kit) : undefined;
  return { ...spec, template, ...(controls ? { controls } : {}) };
}

/** The same request without brand colours: Retry after the gateway refused them. */
export function withoutControls(request: GenerationRequest): GenerationRequest {
  const { controls: _dropped, ...rest } = request;
  return rest;
}
