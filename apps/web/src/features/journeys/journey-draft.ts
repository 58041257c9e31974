import type { TChannel, TJourney, TJourneyMapInput } from '@touchpoint/schemas/browser';

/**
 * The journey map being edited. Saved stages and touchpoints keep their server id (so surveys and
 * responses attributed to them stay attached); every item also has a local `key` for React and focus.
 */
export interface TDraftTouchpoint {
  key: string;
  id?: string;
  name: string;
  description: string;
  ownerTeamId: string | null;
  channels: TChannel[];
}

export interface TDraftStage {
  key: string;
  id?: string;
  name: string;
  touchpoints: TDraftTouchpoint[];
}

export interface TJourneyDraft {
  name: string;
  description: string;
  stages: TDraftStage[];
}

let counter = 0;
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-new-${counter}`;
}

export function draftFromJourney(journey: TJourney): TJourneyDraft {
  return {
    name: journey.name,
    description: journey.description,
    stages: [...journey.stages]
      .sort((a, b) => a.position - b.position)
      .map((stage) => ({
        key: stage.id,
        id: stage.id,
        name: stage.name,
        touchpoints: [...stage.touchpoints]
          .sort((a, b) => a.position - b.position)
          .map((touchpoint) => ({
            key: touchpoint.id,
            id: touchpoint.id,
            name: touchpoint.name,
            description: touchpoint.description,
            ownerTeamId: touchpoint.ownerTeamId,
            channels: [...touchpoint.channels],
          })),
      })),
  };
}

/** The PUT body: the whole map in order, names trimmed, ids kept for what already exists. */
export function toJourneyInput(draft: TJourneyDraft): TJourneyMapInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    stages: draft.stages.map((stage) => ({
      ...(stage.id ? { id: stage.id } : {}),
      name: stage.name.trim(),
      touchpoints: stage.touchpoints.map((touchpoint) => ({
        ...(touchpoint.id ? { id: touchpoint.id } : {}),
        name: touchpoint.name.trim(),
        description: touchpoint.description.trim(),
        ownerTeamId: touchpoint.ownerTeamId,
        channels: touchpoint.channels,
      })),
    })),
  };
}

export function newStage(name = ''): TDraftStage {
  return { key: newKey('stage'), name, touchpoints: [] };
}

export function newTouchpoint(): TDraftTouchpoint {
  return { key: newKey('touchpoint'), name: '', description: '', ownerTeamId: null, channels: [] };
}

/** Moves the item at `from` by `delta` places; returns the same array when it cannot move. */
export function move<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Names a stage or touchpoint must have before the map can be saved: `stage:<key>` / `touchpoint:<key>`. */
export function missingNames(draft: TJourneyDraft): Set<string> {
  const missing = new Set<string>();
  for (const stage of draft.stages) {
    if (!stage.name.trim()) missing.add(`stage:${stage.key}`);
    for (const touchpoint of stage.touchpoints) {
      if (!touchpoint.name.trim()) missing.add(`touchpoint:${touchpoint.key}`);
    }
  }
  return missing;
}
