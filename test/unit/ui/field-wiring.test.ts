/**
 * The one place a field's label, control, hint and problem are tied together
 * (ui/components/field-wiring.ts; field.tsx only spreads these). The rendered
 * form is checked in the browser by test/e2e/fields.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  controlAttributes,
  fieldIds,
  hintAttributes,
  labelAttributes,
  problemAttributes,
} from '../../../ui/components/field-wiring';

const ids = fieldIds('P0-3');

describe('field wiring', () => {
  it('names the control by the label: the label is for the control id', () => {
    const control = controlAttributes(ids, {});
    expect(labelAttributes(ids).for).toBe(control.id);
  });

  it('gives each field instance its own ids, all different', () => {
    const other = fieldIds('P0-4');
    const all = [ids.control, ids.hint, ids.problem, other.control, other.hint, other.problem];
    expect(new Set(all).size).toBe(all.length);
  });

  it('is neither invalid nor described when there is no hint and no problem', () => {
    expect(controlAttributes(ids, {})).toEqual({
      id: ids.control,
      'aria-invalid': undefined,
      'aria-describedby': undefined,
    });
    expect(controlAttributes(ids, { problem: '' })['aria-invalid']).toBeUndefined();
  });

  it('is described by its hint, by the hint id the hint carries', () => {
    const control = controlAttributes(ids, { hint: true });
    expect(control['aria-describedby']).toBe(hintAttributes(ids).id);
    expect(control['aria-invalid']).toBeUndefined();
  });

  it('is invalid only with a problem, and described by it, the problem being an alert with that id', () => {
    const control = controlAttributes(ids, { problem: 'Use 3 to 5000 characters.' });
    expect(control['aria-invalid']).toBe(true);
    expect(control['aria-describedby']).toBe(ids.problem);
    expect(problemAttributes(ids.problem)).toEqual({ id: control['aria-describedby'], role: 'alert' });
  });

  it('is described by the hint, the problem and lines outside the field, in that order', () => {
    const control = controlAttributes(ids, { hint: true, problem: 'Wrong.', describedBy: 'P0-9' });
    expect(control['aria-describedby']).toBe(`${ids.hint} ${ids.problem} P0-9`);
  });

  it('is invalid without a problem of its own when another line says what is wrong', () => {
    const control = controlAttributes(ids, { invalid: true, describedBy: 'P0-9' });
    expect(control['aria-invalid']).toBe(true);
    expect(control['aria-describedby']).toBe('P0-9');
  });

  it('makes a problem outside any field an alert too', () => {
    expect(problemAttributes()).toEqual({ id: undefined, role: 'alert' });
  });
});
