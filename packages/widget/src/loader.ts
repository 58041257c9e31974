/**
 * The Touchpoint widget loader (`touchpoint.js`), the one script a host page includes:
 *
 *   <script src="https://touchpoint.example/widget/touchpoint.js" data-workspace="…" async></script>
 *
 * It exposes `window.touchpoint = { identify, track, reset }` (calls made earlier through a stub
 * `window.touchpoint = { q: [[method, args], …] }` are replayed), asks the server which signals to listen
 * to, asks it whether a survey should show on page view, clicks, `track` events and exit intent, and loads
 * the renderer only when one must — or when answers wait in the offline outbox (`touchpoint.outbox` in
 * localStorage): the renderer owns the outbox, so this script stays small, and it is loaded on start and
 * on every `online` event while answers are queued.
 *
 * It must never break the host page: every entry point and listener is wrapped, every promise caught, and
 * it defines no global but `window.touchpoint`. No framework, and a budget of 2 KB gzipped.
 */
import { QUEUE_STORAGE_KEY } from './offline-queue';
import {
  CHAT_READY_EVENT,
  CHAT_STORAGE_PREFIX,
  RENDERER_READY_EVENT,
  type TOpenChat,
  type TPublicSurvey,
  type TShowSurvey,
  type TWidgetAttributes,
  type TWidgetConfig,
  type TWidgetContact,
  type TWidgetHost,
  type TWidgetTrigger,
} from './widget-types';

interface TStub {
  q?: [string, ArrayLike<unknown>][];
  isLoaded?: boolean;
}

const CONTACT_KEY = 'touchpoint.contact';
const SEEN_KEY = 'touchpoint.seen';

const noop = () => {};
const warn = (message: string, detail?: unknown) => {
  try {
    console.warn(message, detail);
  } catch {
    // A console that throws is no reason to break the page.
  }
};

function start(): void {
  const win = window as unknown as { touchpoint?: TStub };
  const stub = win.touchpoint;
  if (stub?.isLoaded) return; // included twice
  const script = document.currentScript as HTMLScriptElement | null;
  const src = script?.src ?? '';
  const workspaceId = script?.dataset.workspace;
  const api = (script?.dataset.api || new URL(src).origin).replace(/\/+$/, '');
  let storage: Storage | null = null;
  try {
    storage = localStorage;
  } catch {
    // Blocked storage (sandboxed frame, privacy settings): identity and the outbox live for this page only.
  }
  const load = <T>(key: string, fallback: T): T => {
    try {
      return (JSON.parse(storage?.getItem(key) ?? 'null') as T) ?? fallback;
    } catch {
      return fallback;
    }
  };
  const save = (key: string, value: unknown) => {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Not persisted; the value still holds for this page.
    }
  };
  // Inside a promise, so even a body that cannot be serialised is a rejection, never a throw.
  const post = (path: string, body: unknown) =>
    Promise.resolve().then(() =>
      fetch(api + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );

  let person = load<{ contact?: TWidgetContact; attributes?: TWidgetAttributes }>(CONTACT_KEY, {});
  let isBusy = false;
  let hasStarted = false;

  /** Loads a chunk next to the loader once (again after a failure); it hands its entry over by `event`. */
  const chunks: Record<string, Promise<unknown> | undefined> = {};
  const loadChunk = <T>(file: string, event: string): Promise<T> => {
    chunks[file] ??= new Promise<T>((resolve, reject) => {
      // A classic script, not import(): no CORS needed for /widget/ and no module support in the page.
      const element = document.createElement('script');
      element.src = new URL(file, src).href;
      element.async = true;
      if (script?.nonce) element.nonce = script.nonce;
      element.addEventListener(event, (loaded) => resolve((loaded as CustomEvent).detail));
      element.onerror = () => {
        chunks[file] = undefined; // try again on the next trigger (offline, say)
        reject();
      };
      document.head.appendChild(element);
    });
    return chunks[file] as Promise<T>;
  };
  const loadRenderer = () => loadChunk<TShowSurvey>('renderer.js', RENDERER_READY_EVENT);

  let launcher: HTMLElement | undefined;
  /** Loads the chat chunk (only now) and opens the panel. */
  const openChat = () => {
    if (workspaceId) {
      loadChunk<TOpenChat>('chat.js', CHAT_READY_EVENT)
        .then((open) => open({ api, workspaceId, contact: person.contact, launcher, config }))
        .catch(noop);
    }
  };

  /** Answers of an earlier page (or an offline moment) wait: the renderer sends them as it starts. */
  const sendQueued = () => {
    if (load<unknown[]>(QUEUE_STORAGE_KEY, []).length > 0) loadRenderer().catch(noop);
  };

  const host: TWidgetHost = {
    api,
    contact: undefined,
    onClose() {
      isBusy = false;
    },
  };

  /** Asks the server whether a survey should show for this trigger, and shows it. One at a time. */
  const check = (trigger: TWidgetTrigger) => {
    if (isBusy || !workspaceId) return;
    isBusy = true;
    const seen = load<string[]>(SEEN_KEY, []);
    post('/api/v1/public/widget/eligible', {
      workspaceId,
      contact: person.contact,
      attributes: person.attributes,
      trigger,
      seenSurveyIds: seen,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then(async (result: { survey?: TPublicSurvey | null } | null) => {
        const survey = result?.survey;
        if (!survey) throw 0;
        const show = await loadRenderer();
        save(SEEN_KEY, [survey.id, ...seen.filter((id) => id !== survey.id)].slice(0, 50));
        host.contact = person.contact;
        show(survey, host);
      })
      .catch(() => {
        isBusy = false;
      });
  };
  const url = () => location.href;

  const config: Promise<TWidgetConfig> = workspaceId
    ? fetch(`${api}/api/v1/public/widget/config?workspaceId=${encodeURIComponent(workspaceId)}`).then(
        (response) => (response.ok ? response.json() : Promise.reject()),
      )
    : Promise.reject();
  config.catch(noop);
  host.config = config;

  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture?: boolean) =>
    target.addEventListener(
      type,
      (event) => {
        try {
          handler(event);
        } catch {
          // Never into the page.
        }
      },
      capture,
    );

  config
    .then((settings) => {
      const selectors = settings.clickSelectors ?? [];
      if (selectors.length > 0) {
        listen(
          document,
          'click',
          (event) => {
            const target = event.target as Element | null;
            for (const selector of selectors) {
              let isMatch = false;
              try {
                isMatch = !!target?.closest?.(selector);
              } catch {
                // An invalid selector matches nothing.
              }
              if (isMatch) return check({ type: 'click', selector, url: url() });
            }
          },
          true,
        );
      }
      if (settings.exitIntent) {
        let hasLeft = false;
        listen(document, 'mouseout', (event) => {
          const { relatedTarget, clientY } = event as MouseEvent;
          if (hasLeft || relatedTarget || clientY > 0) return;
          hasLeft = true;
          check({ type: 'exit_intent', url: url() });
        });
      }
    })
    .catch(noop);

  const pageView = () => {
    hasStarted = true;
    config
      .then((settings) => {
        // No request at all on sites whose widget surveys do not listen to page views.
        if (settings.pageViews !== false) check({ type: 'page_view', url: url() });
      })
      .catch(noop);
  };

  const api_ = {
    isLoaded: true,
    /** Who is on the page; later calls add attributes. A new person may be shown page-view surveys. */
    identify(contact?: TWidgetContact | string, attributes?: TWidgetAttributes) {
      try {
        const next = typeof contact === 'string' ? { externalId: contact } : contact;
        const isNew = JSON.stringify(next) !== JSON.stringify(person.contact);
        person = {
          contact: next ?? person.contact,
          attributes: { ...(isNew ? {} : person.attributes), ...attributes },
        };
        save(CONTACT_KEY, person);
        if (isNew && hasStarted) pageView();
      } catch {
        // Never into the page.
      }
    },
    /** A custom event, e.g. `touchpoint.track('checkout')`: shows a survey that this event triggers. */
    track(event: string) {
      config
        .then((settings) => {
          if ((settings.events ?? []).includes(event)) check({ type: 'event', event, url: url() });
        })
        .catch(noop);
    },
    /** Opens the chat (loading it first); `<button data-touchpoint-chat>` elements do the same. */
    chat: openChat,
    /** Forgets the person (sign-out): contact, attributes and the surveys seen here. Queued answers stay. */
    reset() {
      person = {};
      save(CONTACT_KEY, person);
      save(SEEN_KEY, []);
    },
  };
  win.touchpoint = api_;

  for (const [method, args] of stub?.q ?? []) {
    const fn = api_[method as 'identify' | 'track' | 'chat' | 'reset'] as
      | ((...a: unknown[]) => void)
      | undefined;
    try {
      fn?.(...Array.from(args));
    } catch {
      // A bad queued call is skipped.
    }
  }

  listen(window, 'online', sendQueued);
  sendQueued();

  // Chat: a button when the script tag says `data-chat="on"`, any `[data-touchpoint-chat]` element, and
  // `touchpoint.chat()`. The chunk loads on the first open, or at once when the chat was left open.
  listen(document, 'click', (event) => {
    if ((event.target as Element | null)?.closest?.('[data-touchpoint-chat]')) openChat();
  });
  const addLauncher = () => {
    const root = document.createElement('div');
    const button = document.createElement('button');
    button.setAttribute(
      'aria-label',
      /^vi/i.test(document.documentElement.lang || navigator.language)
        ? 'Trò chuyện với chúng tôi'
        : 'Chat with us',
    );
    // Styled through CSSOM, which a page's Content-Security-Policy (style-src without 'unsafe-inline') allows.
    button.style.cssText =
      'position:fixed;right:16px;bottom:16px;z-index:2147482999;width:56px;height:56px;border:0;border-radius:50%;background:var(--touchpoint-accent,#4338ca);color:var(--touchpoint-accent-text,#fff);box-shadow:0 4px 16px rgb(0 0 0/.25);cursor:pointer';
    button.innerHTML =
      '<svg width="26" height="26" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M3 4h18v13H9l-5 4v-4H3z"/></svg>';
    root.attachShadow({ mode: 'open' }).append(button);
    launcher = button;
    listen(button, 'click', openChat);
    document.body.append(root);
  };
  const startChat = () => {
    if (script?.dataset.chat === 'on') addLauncher();
    if (load<{ open?: boolean }>(CHAT_STORAGE_PREFIX + workspaceId, {}).open) openChat();
  };
  if (workspaceId) {
    if (document.body) startChat();
    else listen(document, 'DOMContentLoaded', startChat);
  }
  // Inline identify() calls after the script tag run before the first page view is checked.
  if (document.readyState === 'loading') listen(document, 'DOMContentLoaded', pageView);
  else setTimeout(pageView);
  // Single-page apps: a new URL is a new page view.
  let lastUrl = url();
  setInterval(() => {
    if (url() !== lastUrl) {
      lastUrl = url();
      pageView();
    }
  }, 1000);
}

try {
  start();
} catch (error) {
  warn('Touchpoint: the widget could not start', error);
}
