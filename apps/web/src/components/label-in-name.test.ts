import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import vi from '../locales/vi.json';
import { isLabelInName } from './row-actions';

type Catalogue = { [key: string]: string | Catalogue };

/** `removeNamed` next to `remove`: the screen-reader name of a button and its visible label. */
function namedPairs(catalogue: Catalogue, prefix = ''): { key: string; label: string; name: string }[] {
  const pairs: { key: string; label: string; name: string }[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string') {
      pairs.push(...namedPairs(value, `${prefix}${key}.`));
      continue;
    }
    const label = key.endsWith('Named') ? catalogue[key.slice(0, -'Named'.length)] : undefined;
    if (typeof label === 'string') pairs.push({ key: `${prefix}${key}`, label, name: value });
  }
  return pairs;
}

const withoutVariables = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');

describe('label in name (WCAG 2.5.3)', () => {
  it('finds the visible words, in order, inside the accessible name', () => {
    expect(isLabelInName('Revoke', 'Revoke API key Zapier')).toBe(true);
    expect(isLabelInName('Send by email', 'Send by email: Checkout NPS')).toBe(true);
    expect(isLabelInName('Send by email', 'Send Checkout NPS by email')).toBe(false);
    expect(isLabelInName('Close survey', 'Close Checkout NPS')).toBe(false);
    expect(isLabelInName('Gửi qua email', 'Gửi qua email: Khảo sát')).toBe(true);
  });

  it.each([
    ['en', en],
    ['vi', vi],
  ])('holds for every "…Named" name of a button in %s', (_language, catalogue) => {
    for (const { key, label, name } of namedPairs(catalogue as Catalogue)) {
      expect(isLabelInName(withoutVariables(label), withoutVariables(name)), key).toBe(true);
    }
  });
});
