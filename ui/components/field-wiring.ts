/**
 * How a field's label, control, hint and problem point at one another, decided
 * here once: the field components only spread these, so no field can name its
 * control by one id and describe it by another, or mark it invalid with no
 * reason said anywhere.
 */

export interface FieldIds {
  readonly control: string;
  readonly hint: string;
  readonly problem: string;
}

/** A field's ids, from one id per field instance (Preact's useId), so two fields never share one. */
export function fieldIds(base: string): FieldIds {
  return { control: `${base}-control`, hint: `${base}-hint`, problem: `${base}-problem` };
}

export interface FieldState {
  /** Whether the field shows its hint. */
  readonly hint?: boolean;
  /** What is wrong with the value, shown as an alert; none when undefined or empty. */
  readonly problem?: string;
  /**
   * The value is wrong but the field shows no problem of its own: another line
   * says it (Images: the cost line then gives the range), and that line is in
   * `describedBy`.
   */
  readonly invalid?: boolean;
  /** Ids of lines shown outside the field that describe it too (space-separated). */
  readonly describedBy?: string;
}

export interface ControlAttributes {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** The control's own attributes: named by the label's `for`, described by the hint and the problem shown. */
export function controlAttributes(ids: FieldIds, state: FieldState): ControlAttributes {
  const problem = !!state.problem;
  const describedBy = [state.hint ? ids.hint : '', problem ? ids.problem : '', state.describedBy ?? '']
    .filter((id) => id !== '')
    .join(' ');
  return {
    id: ids.control,
    'aria-invalid': problem || state.invalid ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export function labelAttributes(ids: FieldIds): { readonly for: string } {
  return { for: ids.control };
}

export function hintAttributes(ids: FieldIds): { readonly id: string } {
  return { id: ids.hint };
}

/**
 * A problem line: an alert, so it is read out as it appears without moving
 * focus from the control being typed in. The id is the field's problem id
 * when the line belongs to a field (what its control's aria-describedby names).
 */
export function problemAttributes(id?: string): { readonly id: string | undefined; readonly role: 'alert' } {
  return { id, role: 'alert' };
}
