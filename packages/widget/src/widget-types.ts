import type { TSurveyDefinition } from '@touchpoint/schemas/browser';

/** Who is looking at the page, as `touchpoint.identify(...)` tells it (at least one identifier). */
export interface TWidgetContact {
  externalId?: string;
  email?: string;
  phone?: string;
  /**
   * HMAC-SHA256 (hex) of `externalId` — or of `email` without one — made on your server with the workspace's
   * identity secret. Without it, a workspace that requires identity verification treats the visitor as anonymous.
   */
  userHash?: string;
}

export type TWidgetAttributes = Record<string, string | number | boolean | null>;

/** What made the widget ask the server whether a survey should show. */
export type TWidgetTrigger =
  | { type: 'page_view'; url: string }
  | { type: 'click'; selector: string; url?: string }
  | { type: 'event'; event: string; url?: string }
  | { type: 'exit_intent'; url?: string };

/** `GET /api/v1/public/widget/config`: which page signals the workspace's widget surveys listen to. */
export interface TWidgetConfig {
  clickSelectors: string[];
  events: string[];
  exitIntent: boolean;
  /** Whether any survey listens to page views (absent: assume so). */
  pageViews?: boolean;
  /** The workspace's brand colour (Settings → Workspace): the panel's and the chat's accent. */
  brand?: { color: string | null };
}

/** `GET /api/v1/public/surveys/:id` and the `survey` of `POST /api/v1/public/widget/eligible`. */
export type TPublicSurvey = TSurveyDefinition & { id: string; name: string; status: string; version: number };

/** A score, an option id, option ids or text; `null` for a question seen and skipped. */
export type TAnswer = number | string | string[] | null;
export type TAnswers = Record<string, TAnswer>;

/** The body of `POST /api/v1/public/surveys/:id/responses` as the widget sends it. */
export interface TWidgetSubmission {
  answers: TAnswers;
  hiddenFields?: Record<string, string>;
  contact?: TWidgetContact;
  language?: string;
  channel: 'widget';
  finished: boolean;
  meta?: { url?: string; userAgent?: string };
}

/** What the loader hands the renderer with each survey. */
export interface TWidgetHost {
  /** The API origin, without a trailing slash. */
  api: string;
  /** The identified visitor, sent with the display and the answers. */
  contact: TWidgetContact | undefined;
  /** The respondent closed the panel: other triggers may show surveys again. */
  onClose: () => void;
  /** The widget config the loader fetched (for the brand colour); absent or rejected: default colours. */
  config?: Promise<TWidgetConfig>;
}

/** The renderer's entry: shows one survey in a Shadow DOM panel. Never throws. */
export type TShowSurvey = (survey: TPublicSurvey, host: TWidgetHost) => void;

/** The event the renderer script fires on its own `<script>` element, carrying `TShowSurvey` as detail. */
export const RENDERER_READY_EVENT = 'touchpoint:renderer';

/** What the loader hands the chat chunk when the visitor opens the chat. */
export interface TChatHost {
  /** The API origin, without a trailing slash. */
  api: string;
  workspaceId: string;
  /** The identified visitor, sent when a conversation starts. */
  contact: TWidgetContact | undefined;
  /** The loader's chat button (hidden while the panel is open, focused again when it closes). */
  launcher: HTMLElement | undefined;
  /** The widget config the loader fetched (for the brand colour); absent or rejected: default colours. */
  config?: Promise<TWidgetConfig>;
}

/** The chat chunk's entry: opens (or shows again) the chat panel. Never throws. */
export type TOpenChat = (host: TChatHost) => void;

/** The event the chat script fires on its own `<script>` element, carrying `TOpenChat` as detail. */
export const CHAT_READY_EVENT = 'touchpoint:chat';

/** localStorage key of a workspace's chat: `{ id, token, open? }` so a reload continues the conversation. */
export const CHAT_STORAGE_PREFIX = 'touchpoint.chat.';
