import { contactOutcomes, loyaltyDisagreement } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('loyalty vs satisfaction: the disagreement rule', () => {
  it('flags satisfied-but-not-loyal (CSAT ≥ 80, NPS ≤ 0) and loyal-but-not-satisfied (CSAT < 60, NPS ≥ 30)', () => {
    expect(loyaltyDisagreement(80, 0)).toBe('satisfied_not_loyal');
    expect(loyaltyDisagreement(95, -40)).toBe('satisfied_not_loyal');
    expect(loyaltyDisagreement(59.9, 30)).toBe('loyal_not_satisfied');
    expect(loyaltyDisagreement(10, 100)).toBe('loyal_not_satisfied');
  });

  it('does not flag the boundaries just outside the rule, nor groups where the two agree', () => {
    expect(loyaltyDisagreement(79.9, 0)).toBeNull();
    expect(loyaltyDisagreement(80, 0.1)).toBeNull();
    expect(loyaltyDisagreement(60, 30)).toBeNull();
    expect(loyaltyDisagreement(59, 29.9)).toBeNull();
    expect(loyaltyDisagreement(90, 60)).toBeNull();
    expect(loyaltyDisagreement(40, -50)).toBeNull();
  });

  it('needs both figures', () => {
    expect(loyaltyDisagreement(null, -50)).toBeNull();
    expect(loyaltyDisagreement(95, null)).toBeNull();
    expect(loyaltyDisagreement(undefined, undefined)).toBeNull();
  });

  it('never flags both ways at once, and only when one of the two conditions holds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (csat, nps) => {
          const result = loyaltyDisagreement(csat, nps);
          const expected =
            csat >= 80 && nps <= 0
              ? 'satisfied_not_loyal'
              : csat < 60 && nps >= 30
                ? 'loyal_not_satisfied'
                : null;
          expect(result).toBe(expected);
        },
      ),
    );
  });
});

describe('loyalty vs satisfaction: retention and spend of a group’s contacts', () => {
  it('counts each contact once, however many responses it gave', () => {
    const outcomes = contactOutcomes([
      { id: 'a', retained: true, spend: 100 },
      { id: 'a', retained: true, spend: 100 },
      { id: 'a', retained: true, spend: 100 },
      { id: 'b', retained: false, spend: 300 },
      { id: 'c', retained: true, spend: 200 },
      { id: 'd', retained: false, spend: 400 },
    ]);
    // 2 of 4 distinct contacts retained; spend (100 + 300 + 200 + 400) / 4.
    expect(outcomes.retention).toEqual({ value: 50, n: 4 });
    expect(outcomes.spend).toEqual({ mean: 250, n: 4 });
  });

  it('leaves contacts without the attribute out of its n, and is null when nobody has it', () => {
    const outcomes = contactOutcomes([
      { id: 'a', retained: true },
      { id: 'b', spend: 1_000 },
      { id: 'c', retained: 'false', spend: '3000' },
      { id: 'd', retained: 'maybe', spend: 'a lot' },
      { id: 'e' },
    ]);
    expect(outcomes.retention).toEqual({ value: 50, n: 2 });
    expect(outcomes.spend).toEqual({ mean: 2_000, n: 2 });
    expect(contactOutcomes([{ id: 'x' }, { id: 'y', retained: null, spend: Number.NaN }])).toEqual({
      retention: null,
      spend: null,
    });
    expect(contactOutcomes([])).toEqual({ retention: null, spend: null });
  });

  it('keeps retention within 0–100 % and n within the distinct contacts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), retained: fc.boolean() })),
        (contacts) => {
          const { retention } = contactOutcomes(contacts);
          const distinct = new Set(contacts.map((c) => c.id)).size;
          if (distinct === 0) expect(retention).toBeNull();
          else {
            expect(retention?.n).toBe(distinct);
            expect(retention?.value).toBeGreaterThanOrEqual(0);
            expect(retention?.value).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});
