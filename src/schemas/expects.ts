/**
 * One message for a missing field and for a value of the wrong type, so that both say what is
 * expected: `z.string(expects('a date such as 2018-04-17'))`. Zod 4 reports both as one
 * `invalid_type` issue carrying this message.
 */
export function expects(message: string) {
  return { error: message };
}
