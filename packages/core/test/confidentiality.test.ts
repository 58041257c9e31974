import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guardBreakdowns,
  guardReleases,
  guardWaves,
  resolveMinimumGroupSize,
  type TConfidentialRelease,
} from '../src/confidentiality/guard';

/** Whether `target` is a linear combination of `rows` (Gaussian elimination; 0/1 inputs, small sizes). */
function inSpan(rows: number[][], target: number[]): boolean {
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let r = 0;
    const cols = a[0]?.length ?? 0;
    for (let c = 0; c < cols && r < a.length; c++) {
      let pivot = -1;
      for (let i = r; i < a.length; i++) if (Math.abs(a[i]?.[c] ?? 0) > 1e-9) pivot = i;
      if (pivot < 0) continue;
      [a[r], a[pivot]] = [a[pivot] as number[], a[r] as number[]];
      const p = a[r] as number[];
      for (let i = 0; i < a.length; i++) {
        if (i === r) continue;
        const row = a[i] as number[];
        const f = (row[c] ?? 0) / (p[c] as number);
        if (f !== 0) for (let j = c; j < cols; j++) row[j] = (row[j] ?? 0) - f * (p[j] ?? 0);
      }
      r++;
    }
    return r;
  };
  if (rows.length === 0) return target.every((v) => v === 0);
  return rank(rows) === rank([...rows, target]);
}

/** Every group of 1..k-1 respondents (a union of atoms) that the visible releases let a reader compute. */
function computableSmallGroups(
  atoms: { id: string; count: number }[],
  releases: TConfidentialRelease[],
  hidden: (key: string) => boolean,
  k: number,
): string[][] {
  const live = atoms.filter((a) => a.count > 0);
  const rows = releases
    .filter((r) => !hidden(r.key))
    .map((r) => live.map((a) => (r.atoms.includes(a.id) ? 1 : 0)));
  const found: string[][] = [];
  for (let mask = 1; mask < 1 << live.length; mask++) {
    const members = live.filter((_, i) => mask & (1 << i));
    const size = members.reduce((s, a) => s + a.count, 0);
    if (size >= k) continue;
    const target = live.map((_, i) => (mask & (1 << i) ? 1 : 0));
    if (inSpan(rows, target)) found.push(members.map((a) => a.id));
  }
  return found;
}

describe('minimum group size', () => {
  it('defaults to 5 and 10 for comments, and never goes below 3', () => {
    expect(resolveMinimumGroupSize()).toEqual({ results: 5, comments: 10 });
    expect(resolveMinimumGroupSize({ minGroupSize: 1 })).toEqual({ results: 3, comments: 10 });
    expect(resolveMinimumGroupSize({ minGroupSize: 12, minCommentGroupSize: 4 })).toEqual({
      results: 12,
      comments: 12,
    });
  });
});

describe('confidentiality guard', () => {
  it('hides a department of 4 among 40 and one more so the total minus the others does not give it back', () => {
    const departments = { Sales: 12, Support: 10, Legal: 4, Finance: 6, Ops: 8 };
    const rows = Object.entries(departments).map(([department, count]) => ({
      attributes: { department },
      count,
    }));
    const { guard, wholeKey, groupKey } = guardBreakdowns(rows, ['department'], 5);
    expect(guard.suppressed.get(groupKey('department', 'Legal'))).toBe('small');
    // The smallest other department goes too, so whole − visible = Legal + Finance (10 people).
    expect(guard.suppressed.get(groupKey('department', 'Finance'))).toBe('complementary');
    expect(guard.isSuppressed(wholeKey)).toBe(false);
    expect(guard.isSuppressed(groupKey('department', 'Sales'))).toBe(false);
    expect(guard.suppressed.size).toBe(2);
  });

  it('hides everything when fewer than k answered', () => {
    const rows = [
      { attributes: { department: 'A' }, count: 2 },
      { attributes: { department: 'B' }, count: 2 },
    ];
    const { guard, wholeKey } = guardBreakdowns(rows, ['department'], 5);
    expect(guard.isSuppressed(wholeKey)).toBe(true);
    expect(guard.suppressed.size).toBe(3);
  });

  it('does not let a cross of two breakdowns isolate a small cell', () => {
    // Legal is 6 people, 2 of them in Hanoi; location and department are both offered.
    const rows = [
      { attributes: { department: 'Legal', location: 'HCMC' }, count: 4 },
      { attributes: { department: 'Legal', location: 'Hanoi' }, count: 2 },
      { attributes: { department: 'Sales', location: 'HCMC' }, count: 10 },
      { attributes: { department: 'Sales', location: 'Hanoi' }, count: 9 },
    ];
    const { guard } = guardBreakdowns(rows, ['department', 'location'], 5);
    const atoms = rows.map((r) => ({
      id: JSON.stringify([r.attributes.department, r.attributes.location]),
      count: r.count,
    }));
    const releases: TConfidentialRelease[] = [
      { key: '*', atoms: atoms.map((a) => a.id) },
      { key: 'department=Legal', atoms: [atoms[0]?.id ?? '', atoms[1]?.id ?? ''] },
      { key: 'department=Sales', atoms: [atoms[2]?.id ?? '', atoms[3]?.id ?? ''] },
      { key: 'location=HCMC', atoms: [atoms[0]?.id ?? '', atoms[2]?.id ?? ''] },
      { key: 'location=Hanoi', atoms: [atoms[1]?.id ?? '', atoms[3]?.id ?? ''] },
    ];
    expect(computableSmallGroups(atoms, releases, (key) => guard.isSuppressed(key), 5)).toEqual([]);
  });

  it('hides the later wave when a group of 5 becomes 6', () => {
    const atoms = [
      { id: 'w1', count: 5 },
      { id: 'w2', count: 6 },
      { id: 'w3', count: 11 },
    ];
    const releases = [
      { key: 'wave1', atoms: ['w1'], group: 'Legal', wave: 1 },
      { key: 'wave2', atoms: ['w2'], group: 'Legal', wave: 2 },
      { key: 'wave3', atoms: ['w3'], group: 'Legal', wave: 3 },
    ];
    const guard = guardReleases({ atoms, releases, k: 5 });
    expect(guard.suppressed.get('wave2')).toBe('wave-change');
    // 11 − 5 = 6 newcomers: a group big enough to show again.
    expect(guard.isSuppressed('wave3')).toBe(false);
    expect(guard.isSuppressed('wave1')).toBe(false);
  });

  it('does not let overlapping time windows isolate the newest answers', () => {
    const atoms = [
      { id: 'p1', count: 5 },
      { id: 'p2', count: 1 },
    ];
    const releases = [
      { key: 'until-monday', atoms: ['p1'] },
      { key: 'until-tuesday', atoms: ['p1', 'p2'] },
    ];
    const guard = guardReleases({ atoms, releases, k: 5 });
    expect(computableSmallGroups(atoms, releases, (key) => guard.isSuppressed(key), 5)).toEqual([]);
    expect(guard.suppressed.size).toBe(1);
  });

  it('for random groupings and filters, no group under k is computable from the visible cells', () => {
    const arbitrary = fc.record({
      k: fc.integer({ min: 3, max: 8 }),
      counts: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 8 }),
      // Each atom gets a value for two attributes; filters are random subsets of atoms (time windows,
      // saved filters, combinations a reader could ask for).
      attributeA: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
      attributeB: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
      filters: fc.array(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ k, counts, attributeA, attributeB, filters }) => {
        const atoms = counts.map((count, i) => ({ id: `a${i}`, count }));
        const releases: TConfidentialRelease[] = [{ key: 'whole', atoms: atoms.map((a) => a.id) }];
        const byValue = (name: string, values: number[]) => {
          const groups = new Map<number, string[]>();
          atoms.forEach((atom, i) => {
            const v = values[i] ?? 0;
            groups.set(v, [...(groups.get(v) ?? []), atom.id]);
          });
          for (const [v, members] of groups) releases.push({ key: `${name}=${v}`, atoms: members });
        };
        byValue('A', attributeA);
        byValue('B', attributeB);
        filters.forEach((mask, f) => {
          releases.push({ key: `filter${f}`, atoms: atoms.filter((_, i) => mask[i]).map((a) => a.id) });
        });
        const guard = guardReleases({ atoms, releases, k });
        // Every release shown holds 0 or at least k people…
        for (const release of releases) {
          const n = release.atoms.reduce((s, id) => s + (atoms.find((a) => a.id === id)?.count ?? 0), 0);
          if (!guard.isSuppressed(release.key)) expect(n === 0 || n >= k).toBe(true);
        }
        // …and no linear combination of what is shown gives a group of 1..k-1.
        expect(computableSmallGroups(atoms, releases, (key) => guard.isSuppressed(key), k)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('for random waves of a programme, no wave shows a group whose size moved by 1..k-1, nor a small group', () => {
    const department = fc.constantFrom('Sales', 'Legal', 'Ops', 'HR');
    const wave = fc.array(fc.record({ department, location: fc.constantFrom('HCMC', 'Hanoi') }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }),
        fc.array(wave, { minLength: 1, maxLength: 4 }),
        (k, waves) => {
          const rows = waves.map((people) => people.map((attributes) => ({ attributes, count: 1 })));
          const { guard, wholeKey, groupKey } = guardWaves(rows, ['department', 'location'], k);
          const shown = new Map<string, number[]>();
          waves.forEach((people, w) => {
            const cells: { key: string; group: string; members: number[] }[] = [
              { key: wholeKey(w), group: '*', members: people.map((_, i) => i) },
            ];
            for (const attribute of ['department', 'location'] as const) {
              for (const value of new Set(people.map((p) => p[attribute]))) {
                cells.push({
                  key: groupKey(w, attribute, value),
                  group: `${attribute}=${value}`,
                  members: people.flatMap((p, i) => (p[attribute] === value ? [i] : [])),
                });
              }
            }
            for (const cell of cells) {
              if (guard.isSuppressed(cell.key)) continue;
              const n = cell.members.length;
              expect(n === 0 || n >= k).toBe(true);
              // A visible group never differs from an earlier visible wave of itself by 1..k-1.
              for (const earlier of shown.get(cell.group) ?? []) {
                const change = Math.abs(n - earlier);
                expect(change === 0 || change >= k).toBe(true);
              }
              shown.set(cell.group, [...(shown.get(cell.group) ?? []), n]);
            }
            // Within the wave, no combination of what is shown gives a group of 1..k-1.
            const atomCounts = new Map<string, number>();
            for (const p of people) {
              const id = `${p.department}|${p.location}`;
              atomCounts.set(id, (atomCounts.get(id) ?? 0) + 1);
            }
            const atoms = [...atomCounts].map(([id, count]) => ({ id, count }));
            const releases: TConfidentialRelease[] = cells.map((cell) => ({
              key: cell.key,
              atoms: [...new Set(cell.members.map((i) => `${people[i]?.department}|${people[i]?.location}`))],
            }));
            expect(computableSmallGroups(atoms, releases, (key) => guard.isSuppressed(key), k)).toEqual([]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
