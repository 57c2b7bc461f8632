/** Weights of the seven digits of a Finnish business ID (Y-tunnus), from the Tax Administration. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * Whether a Finnish business ID such as `1234567-1` is well formed and its check digit matches:
 * the weighted digit sum modulo 11 gives 0 → check digit 0, 1 → never issued, otherwise 11 − r.
 */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!match) return false;
  const digits = [...match[1]!].map(Number);
  const remainder = digits.reduce((sum, digit, i) => sum + digit * WEIGHTS[i]!, 0) % 11;
  if (remainder === 1) return false;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(match[2]);
}
