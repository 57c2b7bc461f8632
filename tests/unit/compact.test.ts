import { describe, expect, test } from 'vitest';
import { compact } from '~/lib/compact';

describe('compact', () => {
  test('leaves out the fields that are undefined and keeps every other value, nested objects as they are', () => {
    const nested = { inner: undefined };
    const result = compact({
      name: 'SPR',
      alternateName: undefined,
      empty: '',
      zero: 0,
      no: false,
      none: null,
      list: [],
      nested,
    });
    expect(result).toEqual({ name: 'SPR', empty: '', zero: 0, no: false, none: null, list: [], nested });
    expect(Object.keys(result)).toEqual(['name', 'empty', 'zero', 'no', 'none', 'list', 'nested']);
    expect(result.nested).toBe(nested);
  });
});
