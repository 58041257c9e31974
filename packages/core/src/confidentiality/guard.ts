/**
 * The confidentiality guard: every reading path of anonymous results asks it which cells may be shown.
 *
 * Model (docs/CONFIDENTIALITY.md): respondents fall into disjoint *atoms* (the finest cells the data has,
 * e.g. department × location × time period). A *release* is any aggregate a reader can see: the whole, one
 * group of a breakdown, a filtered total, a window. Every figure we show (counts, sums of scores, promoters)
 * is additive over atoms, so what a reader can compute is exactly the linear span of the visible releases'
 * atom vectors.
 *
 * Rule: after primary suppression (a release with 0 < n < k is hidden), group the atoms into *blocks* of
 * atoms that no visible release tells apart (same membership in every visible release). Every vector in
 * the span is constant on each block and zero on blocks that belong to no visible release, so the groups
 * a reader can compute are unions of blocks. If every block that belongs to some visible release holds 0
 * or at least k respondents, no group of 1..k-1 respondents is computable by any linear combination.
 * While a block is too small, the guard hides one more release (complementary suppression): the smallest
 * visible release whose removal merges that block with another or takes it out of every visible release.
 *
 * Waves: when the same group is seen in separate waves (disjoint answers), a change of 1..k-1 in its count
 * between two visible waves hides the later wave's cell (a department of 5 that becomes 6 must not let a
 * reader attribute the change to the newcomer).
 */

export type TSuppressionReason = 'small' | 'complementary' | 'wave-change';

export interface TConfidentialAtom {
  id: string;
  count: number;
}

export interface TConfidentialRelease {
  key: string;
  /** The atoms the release adds up. */
  atoms: readonly string[];
  /** For the wave rule: the group this cell describes and the wave (ordinal) it belongs to. */
  group?: string;
  wave?: number;
}

export interface TGuardInput {
  atoms: readonly TConfidentialAtom[];
  releases: readonly TConfidentialRelease[];
  /** Minimum group size (already resolved with resolveMinimumGroupSize). */
  k: number;
}

export interface TGuardResult {
  /** Release keys that must be answered as `{ suppressed: true }`, with why. */
  suppressed: Map<string, TSuppressionReason>;
  isSuppressed(key: string): boolean;
}

/** The floor nobody can configure below, and the defaults for results and comments. */
export const MINIMUM_GROUP_FLOOR = 3;
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;
export const DEFAULT_COMMENT_GROUP_SIZE = 10;

/** A workspace's setting made safe: default 5, never below 3. Comments: default 10, never below results'. */
export function resolveMinimumGroupSize(setting?: {
  minGroupSize?: number | null;
  minCommentGroupSize?: number | null;
}) {
  const results = Math.max(
    MINIMUM_GROUP_FLOOR,
    Math.floor(setting?.minGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE),
  );
  const comments = Math.max(
    results,
    Math.floor(setting?.minCommentGroupSize ?? Math.max(DEFAULT_COMMENT_GROUP_SIZE, results)),
  );
  return { results, comments };
}

function releaseCount(release: TConfidentialRelease, counts: Map<string, number>): number {
  let n = 0;
  for (const atom of new Set(release.atoms)) n += counts.get(atom) ?? 0;
  return n;
}

/** Blocks of atoms (with a positive count) keyed by their membership signature over the visible releases. */
function blocksOf(
  atoms: readonly TConfidentialAtom[],
  visible: readonly TConfidentialRelease[],
): { signature: string; atomIds: string[]; count: number; inSomeRelease: boolean }[] {
  const membership = new Map<string, number[]>();
  visible.forEach((release, index) => {
    for (const atom of new Set(release.atoms)) {
      const list = membership.get(atom) ?? [];
      list.push(index);
      membership.set(atom, list);
    }
  });
  const blocks = new Map<
    string,
    { signature: string; atomIds: string[]; count: number; inSomeRelease: boolean }
  >();
  for (const atom of atoms) {
    if (atom.count <= 0) continue;
    const list = membership.get(atom.id) ?? [];
    const signature = list.join(',');
    const block = blocks.get(signature) ?? {
      signature,
      atomIds: [],
      count: 0,
      inSomeRelease: list.length > 0,
    };
    block.atomIds.push(atom.id);
    block.count += atom.count;
    blocks.set(signature, block);
  }
  return [...blocks.values()];
}

/** Which releases to hide so that no group of 1..k-1 respondents can be computed from what is shown. */
export function guardReleases(input: TGuardInput): TGuardResult {
  const k = Math.max(MINIMUM_GROUP_FLOOR, Math.floor(input.k));
  const counts = new Map<string, number>();
  for (const atom of input.atoms) counts.set(atom.id, (counts.get(atom.id) ?? 0) + Math.max(0, atom.count));
  const atoms = [...counts].map(([id, count]) => ({ id, count }));
  const suppressed = new Map<string, TSuppressionReason>();
  const n = new Map(input.releases.map((r) => [r.key, releaseCount(r, counts)]));

  // 1. Primary: a release of 1..k-1 respondents is hidden. Empty releases show nothing and reveal nothing.
  for (const release of input.releases) {
    const size = n.get(release.key) ?? 0;
    if (size > 0 && size < k) suppressed.set(release.key, 'small');
  }

  // 2. Waves: the later of two visible waves of one group whose count moved by 1..k-1 is hidden.
  const byGroup = new Map<string, TConfidentialRelease[]>();
  for (const release of input.releases) {
    if (release.group === undefined || release.wave === undefined) continue;
    const list = byGroup.get(release.group) ?? [];
    list.push(release);
    byGroup.set(release.group, list);
  }
  for (const waves of byGroup.values()) {
    waves.sort((a, b) => (a.wave as number) - (b.wave as number));
    const shown: number[] = [];
    for (const release of waves) {
      if (suppressed.has(release.key)) continue;
      const size = n.get(release.key) ?? 0;
      if (shown.some((earlier) => Math.abs(size - earlier) > 0 && Math.abs(size - earlier) < k)) {
        suppressed.set(release.key, 'wave-change');
      } else {
        shown.push(size);
      }
    }
  }

  // 3. Complementary: hide the smallest separating release until every reachable block holds 0 or >= k.
  for (;;) {
    const visible = input.releases.filter((r) => !suppressed.has(r.key));
    const small = blocksOf(atoms, visible).find((b) => b.inSomeRelease && b.count < k);
    if (!small) break;
    const smallAtoms = new Set(small.atomIds);
    const before = blocksOf(atoms, visible);
    // Any visible release can be the one that tells the block apart from a neighbour (the whole contains
    // it; a sibling group does not): try them all, smallest first.
    const candidates = [...visible].sort(
      (a, b) => (n.get(a.key) ?? 0) - (n.get(b.key) ?? 0) || a.key.localeCompare(b.key),
    );
    let chosen: TConfidentialRelease | undefined;
    for (const candidate of candidates) {
      const after = blocksOf(
        atoms,
        visible.filter((r) => r !== candidate),
      );
      const merged = after.find((b) => b.atomIds.some((a) => smallAtoms.has(a)));
      if (!merged?.inSomeRelease || merged.count > small.count) {
        chosen = candidate;
        break;
      }
    }
    // Hiding every release containing the block always qualifies; the fallback keeps the loop finite.
    chosen ??= candidates[0] ?? visible[0];
    if (!chosen || before.length === 0) break;
    suppressed.set(chosen.key, 'complementary');
  }
  return { suppressed, isSuppressed: (key) => suppressed.has(key) };
}

/**
 * A breakdown of one set of answers by one or more attributes, all guarded together: the finest cells are
 * the atoms, and the whole plus every group of every attribute are the releases (a reader can ask for any of
 * them, so they are judged as one table). Returns the guard and the count of each release.
 */
export function guardBreakdowns(
  rows: readonly { attributes: Record<string, string | null | undefined>; count: number }[],
  attributes: readonly string[],
  k: number,
): { guard: TGuardResult; wholeKey: string; groupKey: (attribute: string, value: string) => string } {
  const atomCounts = new Map<string, number>();
  const groups = new Map<string, string[]>();
  const wholeKey = '*';
  const groupKey = (attribute: string, value: string) => `${attribute}=${value}`;
  const atomIds: string[] = [];
  for (const row of rows) {
    const id = JSON.stringify(attributes.map((a) => row.attributes[a] ?? null));
    if (!atomCounts.has(id)) atomIds.push(id);
    atomCounts.set(id, (atomCounts.get(id) ?? 0) + row.count);
    for (const attribute of attributes) {
      const key = groupKey(attribute, row.attributes[attribute] ?? '');
      const list = groups.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      groups.set(key, list);
    }
  }
  const releases: TConfidentialRelease[] = [
    { key: wholeKey, atoms: atomIds },
    ...[...groups].map(([key, atoms]) => ({ key, atoms })),
  ];
  const guard = guardReleases({
    atoms: [...atomCounts].map(([id, count]) => ({ id, count })),
    releases,
    k,
  });
  return { guard, wholeKey, groupKey };
}

/**
 * Several waves of one programme (separate surveys of the same people, oldest first), each broken down
 * like `guardBreakdowns`, judged together: the whole and each group of every wave are releases tagged
 * with their group and wave, so a group whose count moved by 1..k-1 from an earlier visible wave is
 * hidden in the later one (a department of 5 that becomes 6), and complementary suppression then keeps
 * that wave's whole minus its other groups from giving it back. A single wave is `guardBreakdowns`.
 */
export function guardWaves(
  waves: readonly (readonly { attributes: Record<string, string | null | undefined>; count: number }[])[],
  attributes: readonly string[],
  k: number,
): {
  guard: TGuardResult;
  wholeKey: (wave: number) => string;
  groupKey: (wave: number, attribute: string, value: string) => string;
} {
  const wholeKey = (wave: number) => `w${wave}:*`;
  const groupKey = (wave: number, attribute: string, value: string) => `w${wave}:${attribute}=${value}`;
  const atomCounts = new Map<string, number>();
  const releases: TConfidentialRelease[] = [];
  waves.forEach((rows, wave) => {
    const atomIds: string[] = [];
    const groups = new Map<string, { attribute: string; value: string; atoms: string[] }>();
    for (const row of rows) {
      const id = `w${wave}|${JSON.stringify(attributes.map((a) => row.attributes[a] ?? null))}`;
      if (!atomCounts.has(id)) atomIds.push(id);
      atomCounts.set(id, (atomCounts.get(id) ?? 0) + row.count);
      for (const attribute of attributes) {
        const value = row.attributes[attribute] ?? '';
        const key = groupKey(wave, attribute, value);
        const group = groups.get(key) ?? { attribute, value, atoms: [] };
        if (!group.atoms.includes(id)) group.atoms.push(id);
        groups.set(key, group);
      }
    }
    releases.push({ key: wholeKey(wave), atoms: atomIds, group: '*', wave });
    for (const [key, group] of groups) {
      releases.push({ key, atoms: group.atoms, group: `${group.attribute}=${group.value}`, wave });
    }
  });
  const guard = guardReleases({
    atoms: [...atomCounts].map(([id, count]) => ({ id, count })),
    releases,
    k,
  });
  return { guard, wholeKey, groupKey };
}
