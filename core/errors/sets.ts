/** Icon sets: the form (core/sets/set-spec.ts), and an icon whose send was cut off. */
import type { Entry } from './user-error';

export const setNoSubjects = {
  code: 'bad-request',
  action: 'none',
  message: 'Add at least one icon to the set: one subject per line.',
} satisfies Entry;

export const setTooManySubjects = {
  code: 'bad-request',
  action: 'none',
  message: (count: number, max: number) =>
    `A set holds up to ${max} icons; this list has ${count}. Remove some, or make a second set.`,
} satisfies Entry;

export const setSubjectsMalformed = {
  code: 'bad-request',
  action: 'none',
  message:
    'The icon list could not be read as one subject per line, each listed once. Edit it and try again.',
} satisfies Entry;

export const setSubjectTooLong = {
  code: 'bad-request',
  action: 'none',
  message: (line: number, max: number) =>
    `The icon on line ${line} is longer than ${max} characters: keep each subject to a few words.`,
} satisfies Entry;

export const setVariants = {
  code: 'bad-request',
  action: 'none',
  message: (min: number, max: number) => `Variants per icon must be a whole number from ${min} to ${max}.`,
} satisfies Entry;

export const setIconSize = {
  code: 'bad-request',
  action: 'none',
  message: (sizes: readonly number[]) => `The icon size must be one of ${sizes.join(', ')} px.`,
} satisfies Entry;

export const setPadding = {
  code: 'bad-request',
  action: 'none',
  message: (iconSize: number) =>
    `The padding must be 0 or more and less than half the icon size (under ${iconSize / 2} px at ${iconSize} px).`,
} satisfies Entry;

export const setPrefixEmpty = {
  code: 'bad-request',
  action: 'none',
  message: 'Give the icons a name prefix (for example "icon"): each is named prefix/subject.',
} satisfies Entry;

export const setPrefixTooLong = {
  code: 'bad-request',
  action: 'none',
  message: (max: number) => `The name prefix can be at most ${max} characters.`,
} satisfies Entry;

export const setNameEmpty = {
  code: 'bad-request',
  action: 'none',
  message: "Give the set a name: the set's frame on the canvas is named after it.",
} satisfies Entry;

export const setNameTooLong = {
  code: 'bad-request',
  action: 'none',
  message: (max: number) => `The set name can be at most ${max} characters.`,
} satisfies Entry;

export const setModelUnknown = {
  code: 'bad-request',
  action: 'none',
  message: 'Choose a model for the set from the list.',
} satisfies Entry;

export const setSizeInvalid = {
  code: 'bad-request',
  action: 'none',
  message: (model: string) => `${model} does not offer this size: choose one from its list.`,
} satisfies Entry;

export const setTemplateNoSubject = {
  code: 'bad-request',
  action: 'edit-prompt',
  message: "The prompt template must contain {subject}, where each icon's subject goes.",
} satisfies Entry;

export const setItemInterrupted = {
  code: 'ambiguous',
  action: 'check-history',
  message:
    'The plugin closed while this icon was being sent, so it may have been charged; it was not resent. Check your gateway dashboard before you retry it.',
} satisfies Entry;

export const setGone = {
  code: 'cancelled',
  action: 'none',
  message: 'This icon set is no longer kept (it was dismissed), so its icon was not sent.',
} satisfies Entry;
