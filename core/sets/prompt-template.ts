/**
 * Each icon's prompt, built from the set's template so the designer sees
 * exactly what is sent: `{subject}` and `{style}` are replaced (every
 * occurrence, once: a subject containing "{style}" stays as typed), spaces
 * and stray commas left by an empty style are tidied.
 *
 * @example
 * iconPrompt('{subject} icon, {style}', 'bell', 'outline, 2 px stroke'); // 'bell icon, outline, 2 px stroke'
 * iconPrompt('{subject} icon, {style}', 'bell', '');                      // 'bell icon'
 */
export function iconPrompt(template: string, subject: string, style: string): string {
  const filled = template.replace(/\{(subject|style)\}/g, (_, field: string) =>
    field === 'subject' ? subject.trim() : style.trim(),
  );
  return filled
    .replace(/\s+/g, ' ')
    .replace(/(\s*,\s*)+/g, ', ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}
