import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import {
  controlAttributes,
  fieldIds,
  hintAttributes,
  labelAttributes,
  problemAttributes,
  type ControlAttributes,
  type FieldState,
} from './field-wiring';

/** What every field takes besides its control: its label, and what describes it. */
interface FieldOptions extends Omit<FieldState, 'hint'> {
  /** The control's accessible name (the e2e tests find controls by it). */
  readonly label: string;
  readonly hint?: string;
  /** The wrapper's class: "field" unless given ("" for none). */
  readonly class?: string;
  /**
   * In a two-column grid, fields side by side: the problem goes after the
   * field, across the whole row, instead of squeezed under this one control.
   */
  readonly problemAcrossRow?: boolean;
  /** A fixed base for the field's ids, for a control focus is sent to (`${idBase}-control`). */
  readonly idBase?: string;
}

export interface FieldProps extends FieldOptions {
  /** Beside the label, at the end of its row (the prompt's character counter). */
  readonly labelAside?: ComponentChildren;
  /** The control, and anything laid out with it, given the attributes that wire it to this field. */
  readonly children: (control: ControlAttributes) => ComponentChildren;
}

/** Label, control, hint and problem, wired together in one place (field-wiring.ts). */
export function Field(props: FieldProps) {
  const generated = useId();
  const ids = fieldIds(props.idBase ?? generated);
  const { hint, problem, labelAside } = props;
  const control = controlAttributes(ids, {
    hint: !!hint,
    problem,
    invalid: props.invalid,
    describedBy: props.describedBy,
  });
  const label = (
    <label class={labelAside ? 'field-label grow' : 'field-label'} {...labelAttributes(ids)}>
      {props.label}
    </label>
  );
  const problemText = problem ? (
    <ProblemText id={ids.problem} class={props.problemAcrossRow ? 'span-2' : undefined}>
      {problem}
    </ProblemText>
  ) : null;
  return (
    <>
      <div class={props.class ?? 'field'}>
        {labelAside ? (
          <div class="row">
            {label}
            {labelAside}
          </div>
        ) : (
          label
        )}
        {props.children(control)}
        {hint && (
          <p class="hint" {...hintAttributes(ids)}>
            {hint}
          </p>
        )}
        {!props.problemAcrossRow && problemText}
      </div>
      {props.problemAcrossRow && problemText}
    </>
  );
}

export interface ProblemTextProps {
  /** The field's problem id, when a control names this line in its aria-describedby. */
  readonly id?: string;
  /** Classes besides "error" (e.g. span-2 in a grid). */
  readonly class?: string | undefined;
  readonly children: ComponentChildren;
}

/** What is wrong, in an alert: a field's problem, or a panel's (a refused key, a batch not sent). */
export function ProblemText({ id, class: extra, children }: ProblemTextProps) {
  return (
    <p {...problemAttributes(id)} class={extra ? `error ${extra}` : 'error'}>
      {children}
    </p>
  );
}

export interface SelectFieldProps extends FieldOptions {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The <option>s (or <optgroup>s). */
  readonly children: ComponentChildren;
}

export function SelectField({ value, onChange, children, ...options }: SelectFieldProps) {
  return (
    <Field {...options}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}

export interface TextFieldProps extends FieldOptions {
  readonly value: string;
  readonly onInput: (text: string) => void;
  readonly placeholder?: string;
}

/** One line of text that is not prose (colours, codes): no spellcheck. */
export function TextField({ value, onInput, placeholder, ...options }: TextFieldProps) {
  return (
    <Field {...options}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={value}
          spellcheck={false}
          placeholder={placeholder}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface NumberFieldProps extends FieldOptions {
  /** The text as typed: the form checks it, so an unfinished number is kept as it is. */
  readonly value: string;
  readonly onInput: (text: string) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly disabled?: boolean;
}

export function NumberField({ value, onInput, min, max, step, disabled, ...options }: NumberFieldProps) {
  return (
    <Field {...options}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface CheckFieldProps {
  /** The checkbox's accessible name: the label wraps it, so no id is needed. */
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** Classes besides "check" (e.g. span-2 in a grid). */
  readonly class?: string;
}

export function CheckField({ label, checked, onChange, class: extra }: CheckFieldProps) {
  return (
    <label class={extra ? `check ${extra}` : 'check'}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
