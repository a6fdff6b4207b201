/**
 * The generation request of one icon of a set, the one rule for the first
 * press (Generate set), a resumed set, Retry, and Regenerate this icon: the
 * prompt from the template, background removed, cropped and fitted in
 * size × size minus padding, the set's colour mode.
 */
import type { GenerationMeta } from '../protocol/messages';
import type { GenerationRequest, VectorOptions } from '../tasks/types';
import type { Swatch } from '../color/swatch';
import { iconPrompt } from './prompt-template';
import type { IconMeta, IconSetSpec, SetColour, SetIconSize, SetSlot } from './types';

interface IconLook {
  readonly iconSize: SetIconSize;
  readonly padding: number;
  readonly colour: SetColour;
}

/** What the SVG pipeline does to every icon of a set. */
export function iconVectorOptions(look: IconLook): VectorOptions {
  const { mode, mono, palette } = look.colour;
  return {
    removeBackground: true,
    recolor: mode === 'keep' ? 'none' : mode,
    palette: [...palette],
    mono,
    iconFrame: { size: look.iconSize, padding: look.padding },
  };
}

/** The document colour a set's icons are bound to: one-colour mode only (the other modes keep their colours). */
export function boundSwatch(colour: SetColour): Swatch | undefined {
  return colour.mode === 'mono' ? colour.bind : undefined;
}

/** The request for the subject at `slot.index`, variant `slot.variant`. */
export function iconRequest(spec: IconSetSpec, slot: SetSlot): GenerationRequest {
  return {
    model: spec.model,
    prompt: iconPrompt(spec.template, spec.subjects[slot.index] ?? '', spec.style),
    size: spec.size,
    vector: iconVectorOptions(spec),
    target: { kind: 'set', setId: slot.setId, index: slot.index, variant: slot.variant },
    ...(spec.controls ? { controls: spec.controls } : {}),
  };
}

/** Regenerate this icon: the same prompt and look as the component was made with, into that component. */
export function regenerateRequest(
  meta: GenerationMeta,
  icon: IconMeta,
  componentId: string,
): GenerationRequest {
  return {
    model: meta.model,
    prompt: meta.prompt,
    size: meta.size,
    vector: iconVectorOptions(icon),
    target: { kind: 'replace', nodeId: componentId, icon },
  };
}

/** What a set's component carries besides its GenerationMeta. */
export function iconMetaFor(spec: IconSetSpec, slot: SetSlot): IconMeta {
  const { prefix, iconSize, padding, colour } = spec;
  return {
    setId: spec.setId,
    subject: spec.subjects[slot.index] ?? '',
    index: slot.index,
    variant: slot.variant,
    prefix,
    iconSize,
    padding,
    colour,
  };
}
