// Who takes the next conversation of a queue. Pure: the caller loads the seats under its row locks and
// writes the choice back.

export interface AgentSeat {
  userId: string;
  presence: 'online' | 'away' | 'offline';
  /** The most conversations open with this agent at once. */
  capacity: number;
  openCount: number;
  /** When this agent was last given a conversation (ms), null when never. */
  lastAssignedAt: number | null;
}

/**
 * Round-robin over available agents: online, under capacity and not excluded; among them the one whose
 * last assignment is oldest (never assigned first), ties by id. Null when nobody can take it — then the
 * conversation waits; it never goes to an away, offline or full agent.
 */
export function chooseAgent(seats: readonly AgentSeat[], exclude: string | null = null): AgentSeat | null {
  let best: AgentSeat | null = null;
  for (const seat of seats) {
    if (seat.presence !== 'online' || seat.userId === exclude || seat.openCount >= seat.capacity) continue;
    if (!best) {
      best = seat;
      continue;
    }
    const a = seat.lastAssignedAt ?? -1;
    const b = best.lastAssignedAt ?? -1;
    if (a < b || (a === b && seat.userId < best.userId)) best = seat;
  }
  return best;
}
