import { describe, expect, test } from 'vitest';
import { isValidBusinessId } from '~/lib/business-id';

describe('the business ID check', () => {
  test.each(['1234567-1', '0737546-2', '2617416-4', '0000001-9'])('accepts %s, whose check digit matches', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  test.each([
    ['1234567-8', 'a wrong check digit'],
    ['123456-7', 'six digits'],
    ['12345678', 'no dash'],
    ['1234567 1', 'a space for the dash'],
    ['0000030-1', 'a digit sum leaving 1, for which no check digit exists'],
  ])('rejects %s (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});
