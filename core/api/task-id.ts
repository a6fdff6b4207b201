/**
 * What a task id may be. The id comes from the gateway and becomes a path
 * segment of a request that carries the key (`/tasks/{id}`), a storage key
 * and layer data: `.` or `..` would turn the poll into a request for
 * another path (`GET /api/v1/` with the key), and `/`, `\`, `?`, `#`, `%`
 * or whitespace would change which address is asked. So an id is 1–128
 * letters, digits, `_`, `-` and `.`, and never dots alone. Checked where an
 * id enters (the creation answer) and where one is used (the poll URL).
 *
 * @example
 * isTaskId('n78xxxx_recraft'); // true
 * isTaskId('..'); // false
 */

export const TASK_ID_MAX = 128;

const TASK_ID = new RegExp(`^[A-Za-z0-9._-]{1,${TASK_ID_MAX}}$`);

export function isTaskId(value: unknown): value is string {
  return typeof value === 'string' && TASK_ID.test(value) && !/^\.+$/.test(value);
}
