/**
 * The one check of a set spec: the UI's form runs it before the press (and
 * shows the error it returns), and the sandbox's start-set handler runs it
 * again on what arrived, so no set starts that the form would have refused.
 * Fields are checked in the form's order, so the first error is the one
 * nearest the top.
 */
import type { UserError } from '../api/errors';
import { promptLength } from '../errors/gateway';
import {
  setIconSize,
  setModelUnknown,
  setPadding,
  setSizeInvalid,
  setSubjectsMalformed,
  setTemplateNoSubject,
  setVariants,
} from '../errors/sets';
import { userError } from '../errors/user-error';
import { isModelId, isValidSize, modelById, PROMPT_MAX, PROMPT_MIN } from '../models/catalogue';
import { prefixError, setNameError } from './names';
import { iconPrompt } from './prompt-template';
import { parseSubjects } from './subjects';
import { MAX_SET_VARIANTS, SET_ICON_SIZES, type IconSetSpec } from './types';

export function validateSetSpec(spec: IconSetSpec): UserError | undefined {
  return (
    subjectsError(spec.subjects) ??
    templateError(spec) ??
    modelError(spec) ??
    lookError(spec) ??
    prefixError(spec.prefix) ??
    setNameError(spec.name)
  );
}

/** The list as the text area's parser leaves it: 1 to 48, each trimmed, once, no comma or line break. */
function subjectsError(subjects: readonly string[]): UserError | undefined {
  const parsed = parseSubjects(subjects.join('\n'));
  if (parsed.error) return parsed.error;
  const same =
    parsed.subjects.length === subjects.length && parsed.subjects.every((s, i) => s === subjects[i]);
  return same ? undefined : userError(setSubjectsMalformed);
}

/** The template names where the subject goes, and every icon's prompt is one the gateway takes. */
function templateError(spec: IconSetSpec): UserError | undefined {
  if (!spec.template.includes('{subject}')) return userError(setTemplateNoSubject);
  for (const subject of spec.subjects) {
    const { length } = iconPrompt(spec.template, subject, spec.style);
    if (length < PROMPT_MIN || length > PROMPT_MAX) {
      return userError(promptLength, length, PROMPT_MIN, PROMPT_MAX);
    }
  }
  return undefined;
}

function modelError(spec: IconSetSpec): UserError | undefined {
  if (!isModelId(spec.model)) return userError(setModelUnknown);
  const model = modelById(spec.model);
  return isValidSize(model, spec.size) ? undefined : userError(setSizeInvalid, model.label);
}

/** An offered icon size, and padding that leaves room inside it: a set's, and a brand kit's icon spec. */
export function iconLookError(iconSize: number, padding: number): UserError | undefined {
  if (!(SET_ICON_SIZES as readonly number[]).includes(iconSize)) {
    return userError(setIconSize, SET_ICON_SIZES);
  }
  if (!(Number.isFinite(padding) && padding >= 0 && padding < iconSize / 2)) {
    return userError(setPadding, iconSize);
  }
  return undefined;
}

/** Icon size, padding inside it, variants. */
function lookError(spec: IconSetSpec): UserError | undefined {
  const { iconSize, padding, variants } = spec;
  const look = iconLookError(iconSize, padding);
  if (look) return look;
  if (!(Number.isInteger(variants) && variants >= 1 && variants <= MAX_SET_VARIANTS)) {
    return userError(setVariants, 1, MAX_SET_VARIANTS);
  }
  return undefined;
}
