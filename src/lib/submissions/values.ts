/** What a form holds, by field name: one text, or several for a group of checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** One field's text with spaces trimmed, or undefined when it is empty (so optional fields are left out). */
export function textOf(values: FormValues, name: string): string | undefined {
  const value = values[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** A one-line text: line breaks and runs of spaces become one space. */
export function lineOf(values: FormValues, name: string): string | undefined {
  return textOf(values, name)?.replace(/\s+/g, ' ');
}

/** The chosen values of a group of checkboxes (or of one field), without empty ones or repeats. */
export function listOf(values: FormValues, name: string): string[] {
  const value = values[name];
  const all = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) => item.trim()).filter(Boolean);
  return [...new Set(all)];
}

/** Whether a checkbox is ticked. */
export function isTicked(values: FormValues, name: string): boolean {
  return listOf(values, name).length > 0;
}

/** The sender's contact for staff, from the fields every form shares. */
export function senderOf(values: FormValues): string | undefined {
  const parts = [lineOf(values, 'senderName'), lineOf(values, 'senderEmail'), lineOf(values, 'senderPhone')].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
