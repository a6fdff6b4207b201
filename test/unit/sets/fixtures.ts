import type { IconSetSpec } from '../../../core/sets/types';
import { DEMO_SET_SUBJECTS } from '../../../dev/demo-set';

/** The twelve subjects, in order. */
export const TWELVE = DEMO_SET_SUBJECTS;

/** A valid set spec: the twelve subjects, 24 px vector icons. */
export function sampleSpec(overrides: Partial<IconSetSpec> = {}): IconSetSpec {
  return {
    setId: 'set-1',
    name: 'Brand icons',
    prefix: 'icon',
    subjects: TWELVE,
    style: 'outline, rounded corners, 2 px stroke, minimal',
    template: '{subject} icon, {style}',
    model: 'recraft-v4-text-to-vector',
    size: '1024x1024',
    iconSize: 24,
    padding: 2,
    colour: { mode: 'keep', mono: '#000000', palette: [] },
    variants: 1,
    ...overrides,
  };
}
