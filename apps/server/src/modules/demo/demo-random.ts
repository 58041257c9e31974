// The demo's seeded randomness, shared by its generators (each with its own seed).

/** A small deterministic generator, so every demo workspace tells the same story. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

export type Random = ReturnType<typeof createRandom>;

/** An NPS-ish score whose mix drifts with the touchpoint's quality, so the demo has real differences. */
export function score(random: Random, min: number, max: number, quality: number): number {
  const u = (random.next() + random.next() + quality) / (2 + Math.abs(quality));
  return Math.max(min, Math.min(max, Math.round(min + u * (max - min))));
}
