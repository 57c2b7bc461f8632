import { describe, expect, test } from 'vitest';
import { branchColourRules } from '~/lib/branch-colours';
import { siteContent } from '../fixtures/site-content';

describe('the branch colour stylesheet', () => {
  test('gives each branch its colour by id, in a stable order, with no inline style needed', () => {
    expect(branchColourRules(siteContent().branches)).toBe(
      '[data-kasvusto="liikunta"]{--hp-branch:#2e7d32}\n' +
        '[data-kasvusto="terveys"]{--hp-branch:#2e7d32}\n' +
        '[data-kasvusto="vapaaehtoistoiminta"]{--hp-branch:#2e7d32}\n',
    );
  });
});
