// Zod-free constants of conversations (the browser bundle imports these without zod).

export const CONVERSATION_STATUSES = ['bot', 'open', 'pending', 'resolved'] as const;
export const MESSAGE_AUTHORS = ['customer', 'bot', 'agent', 'system'] as const;
export const AGENT_PRESENCES = ['online', 'away', 'offline'] as const;
export const CONVERSATION_LANGUAGES = ['en', 'vi'] as const;
/** An agent's capacity (most open conversations at once) when none was set. */
export const DEFAULT_AGENT_CAPACITY = 5;
