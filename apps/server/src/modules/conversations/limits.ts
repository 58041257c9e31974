import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

// Limits that keep one client (or one workspace) from taking the chat down for everyone: open live
// streams, customer sends per conversation, and hand-over emails per workspace. Counted in this process's
// memory, like the HTTP rate limits: behind several API processes each keeps its own counts, so the
// effective cap is the per-process cap times the processes — still bounded.

export interface ConversationLimits {
  /** Open public (customer) streams from one client address. */
  streamsPerIp: number;
  /** Open streams of one conversation (a customer's tabs). */
  streamsPerConversation: number;
  /** Open inbox streams of one signed-in person or API key. */
  streamsPerUser: number;
  /** Open streams (customers' and agents') of one workspace. */
  streamsPerWorkspace: number;
  /** How often an agent's open stream checks that its session or key still works. */
  agentRecheckMs: number;
  /** Customer messages per conversation per minute (counted only once the token is proven). */
  messagesPerConversationPerMinute: number;
  /** Hand-over emails to away agents per workspace per hour; in-app notifications are not limited. */
  handoverEmailsPerWorkspacePerHour: number;
}

export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {
  streamsPerIp: 20,
  streamsPerConversation: 5,
  streamsPerUser: 10,
  streamsPerWorkspace: 2_000,
  agentRecheckMs: 10_000,
  messagesPerConversationPerMinute: 60,
  handoverEmailsPerWorkspacePerHour: 30,
};

interface LimitState {
  limits: ConversationLimits;
  open: Map<string, number>;
  windows: Map<string, { startedAt: number; count: number }>;
}

const states = new WeakMap<object, LimitState>();

function stateOf(ctx: AppContext): LimitState {
  let state = states.get(ctx);
  if (!state) {
    state = { limits: { ...DEFAULT_CONVERSATION_LIMITS }, open: new Map(), windows: new Map() };
    states.set(ctx, state);
  }
  return state;
}

/** Changes this app's limits (tests, benchmarks, a deployment with many customers behind one proxy). */
export function configureConversationLimits(ctx: AppContext, limits: Partial<ConversationLimits>): void {
  Object.assign(stateOf(ctx).limits, limits);
}

export function conversationLimitsOf(ctx: AppContext): ConversationLimits {
  return stateOf(ctx).limits;
}

/**
 * Takes one open-stream slot under every key (each with its cap), or refuses with 429 naming the cap that
 * was reached and takes nothing. Returns the release function (idempotent), called when the stream closes.
 */
export function acquireStreamSlots(
  ctx: AppContext,
  slots: { key: string; cap: number; what: string }[],
): () => void {
  const { open } = stateOf(ctx);
  for (const slot of slots) {
    if ((open.get(slot.key) ?? 0) >= slot.cap) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many live streams are open ${slot.what} (at most ${slot.cap}). Close one (another tab or window) and try again.`,
      );
    }
  }
  for (const slot of slots) open.set(slot.key, (open.get(slot.key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const slot of slots) {
      const left = (open.get(slot.key) ?? 1) - 1;
      if (left <= 0) open.delete(slot.key);
      else open.set(slot.key, left);
    }
  };
}

/** Counts one event in a fixed window; false once `max` were counted in the current window. */
function takeFromWindow(state: LimitState, key: string, max: number, windowMs: number): boolean {
  const now = Date.now();
  const current = state.windows.get(key);
  if (!current || now - current.startedAt >= windowMs) {
    // Forget finished windows now and then, so the map does not grow with every conversation ever seen.
    if (state.windows.size > 10_000) {
      for (const [k, w] of state.windows) if (now - w.startedAt >= windowMs) state.windows.delete(k);
    }
    state.windows.set(key, { startedAt: now, count: 1 });
    return max >= 1;
  }
  if (current.count >= max) return false;
  current.count += 1;
  return true;
}

/**
 * A customer's message to a proven conversation: 429 beyond the per-conversation budget. Called only after
 * the token check, so nobody without the token can spend a real customer's budget.
 */
export function takeCustomerMessage(ctx: AppContext, conversationId: string): void {
  const state = stateOf(ctx);
  const max = state.limits.messagesPerConversationPerMinute;
  if (!takeFromWindow(state, `messages:${conversationId}`, max, 60_000)) {
    throw new AppError(
      'RATE_LIMITED',
      `This conversation received more than ${max} messages in a minute. Wait a moment and send again.`,
    );
  }
}

/** Whether one more hand-over email may go out for this workspace this hour (no mail storm to agents). */
export function takeHandoverEmail(ctx: AppContext, workspaceId: string): boolean {
  const state = stateOf(ctx);
  return takeFromWindow(
    state,
    `handover-email:${workspaceId}`,
    state.limits.handoverEmailsPerWorkspacePerHour,
    3_600_000,
  );
}
