/** Product areas that have a place in the navigation but are not built yet. */
export const AREAS = ['insights', 'cases', 'inbox', 'employees'] as const;

export type TArea = (typeof AREAS)[number];

/** The capabilities (PRODUCT.md) each area will bring, as translation keys under `areas.<id>.points`. */
export const AREA_POINTS: Record<TArea, readonly string[]> = {
  insights: ['metrics', 'text', 'drivers'],
  cases: ['alerts', 'inner', 'outer'],
  inbox: ['chat', 'bot', 'routing'],
  employees: ['enps', 'anonymity', 'suggestions'],
};
