/**
 * What a set costs before the press: every icon is one paid generation, so
 * subjects × variants × the model's credits (core/models/catalogue.ts),
 * shown on the button; above the designer's threshold the press asks for a
 * confirmation first. And the padding a size starts with.
 *
 * @example
 * setCostLabel(12, 1, 'recraft-v4-text-to-vector'); // 'Generate set · 12 × 20 = 240 credits'
 * setCostLabel(12, 2, 'recraft-v4-text-to-vector'); // 'Generate set · 12 × 2 × 20 = 480 credits'
 */
import { modelById, type ModelId } from '../models/catalogue';
import { DEFAULT_CONFIRM_CREDITS } from './types';

export function setCredits(subjects: number, variants: number, model: ModelId): number {
  return subjects * variants * modelById(model).credits;
}

export function setCostLabel(subjects: number, variants: number, model: ModelId): string {
  const factors = [subjects, ...(variants > 1 ? [variants] : []), modelById(model).credits];
  return `Generate set · ${factors.join(' × ')} = ${setCredits(subjects, variants, model)} credits`;
}

/** Above the threshold (the designer's, or DEFAULT_CONFIRM_CREDITS) the press asks first. */
export function needsConfirmation(credits: number, threshold: number = DEFAULT_CONFIRM_CREDITS): boolean {
  return credits > threshold;
}

/** The padding an icon size starts with: a twelfth of it, at least 1 px (2 at 24). */
export function defaultPadding(iconSize: number): number {
  return Math.max(1, Math.round(iconSize / 12));
}
