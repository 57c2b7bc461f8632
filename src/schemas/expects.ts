/**
 * Zod's type-error options with one message for both cases, so that a missing field and a value
 * of the wrong type both say what is expected: `z.string(expects('a date such as 2018-04-17'))`.
 */
export function expects(message: string) {
  return { required_error: message, invalid_type_error: message };
}
