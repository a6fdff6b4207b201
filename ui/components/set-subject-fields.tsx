import { iconPrompt } from '../../core/sets/prompt-template';
import type { SubjectDuplicate } from '../../core/sets/subjects';
import { STYLE_PRESETS, subjectsOf, type SetFormAction, type SetFormState } from '../state/set-form';
import { Field, TextField } from './field';

export interface SetSubjectFieldsProps {
  readonly form: SetFormState;
  readonly dispatch: (action: SetFormAction) => void;
}

/** "12 icons", and each repeat said once: "'Home' on line 13 is already on line 1 (kept once)". */
function subjectsHint(count: number, duplicates: readonly SubjectDuplicate[]): string {
  const counted = `${count} ${count === 1 ? 'icon' : 'icons'}`;
  const repeats = duplicates
    .slice(0, 3)
    .map((d) =>
      d.line === d.firstLine
        ? `"${d.subject}" is twice on line ${d.line}`
        : `"${d.subject}" on line ${d.line} is already on line ${d.firstLine}`,
    );
  const more = duplicates.length > 3 ? [`${duplicates.length - 3} more repeats`] : [];
  return repeats.length
    ? `${counted} · ${[...repeats, ...more].join('; ')} (kept once)`
    : `${counted} · one per line, or a comma-separated list`;
}

/** What the icons are and how each one's prompt is made: Icons, Style (with presets), Prompt template. */
export function SetSubjectFields({ form, dispatch }: SetSubjectFieldsProps) {
  const parsed = subjectsOf(form);
  const first = parsed.subjects[0];
  const text = (field: 'icons' | 'style' | 'template') => (value: string) =>
    dispatch({ type: 'text', field, text: value });
  return (
    <>
      <Field
        label="Icons"
        hint={subjectsHint(parsed.subjects.length, parsed.duplicates)}
        // An empty list is the starting point, not a mistake to shout about.
        problem={form.icons.trim() && parsed.error ? parsed.error.message : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={form.icons}
            placeholder={'home\nsearch\nuser'}
            onInput={(e) => text('icons')(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Style" hint="The words every icon shares. A preset fills it in; edit it as you like.">
        {(control) => (
          <>
            <textarea
              {...control}
              rows={2}
              value={form.style}
              onInput={(e) => text('style')(e.currentTarget.value)}
            />
            <div class="row wrap" role="group" aria-label="Presets">
              {STYLE_PRESETS.map((preset) => (
                <button
                  key={preset.name}
                  type="button"
                  class="secondary small"
                  aria-pressed={form.style === preset.style}
                  onClick={() => text('style')(preset.style)}
                >
                  {preset.name}
                </button>
              ))}
            </div>
          </>
        )}
      </Field>
      <TextField
        label="Prompt template"
        value={form.template}
        onInput={text('template')}
        hint={
          first === undefined
            ? 'Use {subject} and {style}. The first icon’s prompt shows here.'
            : `First prompt: ${iconPrompt(form.template, first, form.style)}`
        }
      />
    </>
  );
}
