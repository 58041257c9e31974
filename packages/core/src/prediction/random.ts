/** A small seeded generator (mulberry32): the same seed gives the same splits, models and synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), e.g. to split rows by their id. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Indices split in two with both classes in the same proportion on each side (stratified), so a small
 * validation part still holds positives.
 */
export function stratifiedSplit(
  labels: readonly number[],
  holdOut: number,
  seed: number,
): { fit: number[]; validation: number[] } {
  const random = seededRandom(seed);
  const fit: number[] = [];
  const validation: number[] = [];
  for (const cls of [0, 1]) {
    const members = labels.flatMap((y, i) => (y === cls ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    const cut = Math.round(members.length * holdOut);
    validation.push(...members.slice(0, cut));
    fit.push(...members.slice(cut));
  }
  fit.sort((a, b) => a - b);
  validation.sort((a, b) => a - b);
  return { fit, validation };
}
