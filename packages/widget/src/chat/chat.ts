/**
 * The website chat (`chat.js`), loaded by the loader only when the visitor opens the chat (the chat
 * button of `data-chat="on"`, a `[data-touchpoint-chat]` element, `touchpoint.chat()`), or on a page
 * load when the chat was left open. A Shadow DOM panel at the bottom right (full screen on phones):
 * the transcript (`role="log"`), the queue place and wait, a "Talk to a person" button, the composer and,
 * once the conversation is resolved, the CSAT question.
 *
 * The conversation starts with the first message (or the request for a person), and its id and token
 * stay in `localStorage["touchpoint.chat.<workspaceId>"]`, so a reload continues it. Each message goes
 * through the widget's offline outbox under its clientMessageId (also its Idempotency-Key): written to
 * storage first, sent when the network allows, removed once the server has it — a message typed offline
 * arrives once when the page is online again (or on the next page: the loader's outbox flush sends it).
 * Live updates come over Server-Sent Events; each (re)connection reads the conversation again to catch up.
 *
 * Loaded as a classic script: it hands its entry to the loader by an event on its own `<script>` element.
 * Nothing here throws into the host page.
 */
import { applyBrand } from '../brand';
import { newKey } from '../keys';
import { QUEUE_STORAGE_KEY, type TQueueEntry } from '../offline-queue';
import { startOutbox } from '../outbox';
import { CHAT_READY_EVENT, CHAT_STORAGE_PREFIX, type TChatHost, type TOpenChat } from '../widget-types';
import chatCss from './chat.css?inline';
import { ChatGoneError, chatClient, type TChatSession } from './chat-client';
import {
  applyRead,
  applyStatus,
  emptyState,
  mergeMessages,
  showsCsat,
  statusLine,
  type TChatMessage,
  type TChatQueue,
  type TChatState,
  type TChatStatus,
  type TPendingMessage,
} from './chat-state';
import { chatLanguage, chatStrings, fill } from './chat-strings';

type TChild = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: TChild[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

const warn = (message: string, detail?: unknown) => {
  try {
    console.warn(message, detail);
  } catch {
    // Nothing more to do.
  }
};

/** A listener that can never throw into the page. */
function on<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void): void {
  target.addEventListener(type, (event) => {
    try {
      handler(event as E);
    } catch (error) {
      warn('Touchpoint: chat error', error);
    }
  });
}

function openStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // Blocked storage: the conversation and the outbox live for this page only.
  }
}

const RECONNECT_MS = 5_000;

/** `POST /api/v1/public/conversations/:id/messages`. */
interface TSendAnswer {
  message?: TChatMessage;
  replies?: TChatMessage[];
  status?: TChatStatus;
  queue?: TChatQueue | null;
}

function createChat(host: TChatHost) {
  const storage = openStorage();
  const storageKey = CHAT_STORAGE_PREFIX + host.workspaceId;
  const readJson = <T>(key: string): T | null => {
    try {
      return JSON.parse(storage?.getItem(key) ?? 'null') as T | null;
    } catch {
      return null;
    }
  };
  const saveSession = (value: TChatSession | null) => {
    try {
      if (value) storage?.setItem(storageKey, JSON.stringify(value));
      else storage?.removeItem(storageKey);
    } catch {
      // Not persisted: the conversation holds for this page.
    }
  };

  const language = chatLanguage(
    document.documentElement.lang,
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
  const s = chatStrings(language);
  // The help center page marks itself (`<html data-touchpoint-channel="help_center">`); any other page
  // is a website with the widget.
  const channel =
    document.documentElement.dataset.touchpointChannel === 'help_center' ? 'help_center' : 'widget';
  const client = chatClient(host.api, host.workspaceId, (url, init) => fetch(url, init));

  const stored = readJson<TChatSession>(storageKey);
  let session: TChatSession | null = stored?.id && stored.token ? stored : null;
  /** Restored open after a reload: shown, but the page keeps its focus. */
  let isRestoring = !!session?.open;
  let creating: Promise<TChatSession> | null = null;
  let state: TChatState = emptyState();
  let stream: EventSource | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let isOpen = false;
  let isUnreachable = false;
  let readSeq = 0;
  let previousFocus: HTMLElement | null = null;
  /** Messages written before a conversation could be started (offline at the first message). */
  let unsent: TPendingMessage[] = [];

  // --- the panel ---------------------------------------------------------------------------------
  const root = h('div', { 'data-touchpoint-chat-panel': host.workspaceId });
  const shadow = root.attachShadow({ mode: 'open' });
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': s.log,
    tabindex: '0',
  });
  const intro = h('p', { class: 'intro' }, s.intro);
  const csatBox = h('div', { class: 'csat' });
  const statusText = h('p', { class: 'status', role: 'status' });
  const personButton = h('button', { type: 'button', class: 'person' }, s.person);
  const input = h('textarea', {
    id: 'tp-chat-input',
    rows: '1',
    maxlength: '4000',
    placeholder: s.placeholder,
    autocomplete: 'off',
  });
  const composer = h(
    'form',
    { class: 'compose' },
    h('label', { for: 'tp-chat-input', class: 'sr' }, s.inputLabel),
    input,
    h('button', { type: 'submit', class: 'send' }, s.send),
  );
  const closeButton = h('button', { type: 'button', class: 'close', 'aria-label': s.close }, '×');
  const panel = h(
    'div',
    { class: 'panel', role: 'dialog', 'aria-labelledby': 'tp-chat-title', lang: language },
    h('div', { class: 'head' }, h('h2', { id: 'tp-chat-title' }, s.title), closeButton),
    h('div', { class: 'body' }, intro, log, csatBox),
    statusText,
    h('div', { class: 'foot' }, personButton, composer),
  );
  // A constructed stylesheet: CSSOM, so a host page's Content-Security-Policy without 'unsafe-inline'
  // styles (the help center's, many shops') does not strip the panel bare. A <style> where unsupported.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(chatCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(h('style', {}, chatCss));
  }
  shadow.append(panel);
  applyBrand(panel, host.config);

  // --- rendering -----------------------------------------------------------------------------------
  /** Rendered transcript entries by key, so the live region announces only what is new. */
  const nodes = new Map<string, HTMLElement>();
  const keyOf = (message: TChatMessage) =>
    message.author === 'customer' && message.clientMessageId ? `c:${message.clientMessageId}` : message.id;

  const whoOf = (message: TChatMessage) => {
    if (message.author === 'customer') return s.you;
    if (message.author === 'agent') return message.authorName || s.agent;
    if (message.author === 'bot') return message.authorName || s.bot;
    return s.system;
  };

  const entry = (author: string, who: string, text: string, isPending: boolean) => {
    const node = h(
      'div',
      { class: `msg ${author}`, 'data-author': author },
      h('span', { class: author === 'customer' ? 'who sr' : 'who' }, who),
      h('p', {}, text),
    );
    if (isPending) node.append(h('span', { class: 'meta' }, s.sending));
    return node;
  };

  const renderLog = () => {
    const wanted: [string, () => HTMLElement, boolean][] = [
      ...state.messages.map(
        (message) =>
          [keyOf(message), () => entry(message.author, whoOf(message), message.text, false), false] as [
            string,
            () => HTMLElement,
            boolean,
          ],
      ),
      ...[...state.pending, ...unsent].map(
        (pending) =>
          [`c:${pending.clientMessageId}`, () => entry('customer', s.you, pending.text, true), true] as [
            string,
            () => HTMLElement,
            boolean,
          ],
      ),
    ];
    const keep = new Set(wanted.map(([key]) => key));
    for (const [key, node] of nodes) {
      if (!keep.has(key)) {
        node.remove();
        nodes.delete(key);
      }
    }
    let isAdded = false;
    wanted.forEach(([key, make, isPending], index) => {
      let node = nodes.get(key);
      if (!node) {
        node = make();
        nodes.set(key, node);
        isAdded = true;
      } else if (!isPending) {
        node.querySelector('.meta')?.remove(); // the server has it now
      }
      const current = log.children[index];
      if (current !== node) log.insertBefore(node, current ?? null);
    });
    intro.hidden = wanted.length > 0;
    if (isAdded) log.scrollTop = log.scrollHeight;
  };

  let csatForm: HTMLFormElement | null = null;
  const renderCsat = () => {
    if (!showsCsat(state)) {
      if (csatForm) {
        const hadFocus = csatForm.contains(shadow.activeElement);
        csatForm.remove();
        csatForm = null;
        if (hadFocus) input.focus();
      }
      return;
    }
    if (csatForm) return;
    let score = 0;
    const buttons = [1, 2, 3, 4, 5].map((n) =>
      h(
        'button',
        { type: 'button', class: 'score', 'aria-pressed': 'false', 'aria-label': fill(s.csatScore, n) },
        String(n),
      ),
    );
    const error = h('p', { class: 'error', role: 'alert' });
    const comment = h('textarea', { id: 'tp-csat-comment', rows: '2', maxlength: '2000' });
    const submit = h('button', { type: 'submit', class: 'send' }, s.csatSend);
    const form = h(
      'form',
      { class: 'csat-form' },
      h(
        'fieldset',
        {},
        h('legend', {}, state.csat.question || s.csatQuestion),
        h('div', { class: 'scores' }, ...buttons),
        h(
          'div',
          { class: 'ends', 'aria-hidden': 'true' },
          h('span', {}, s.csatLow),
          h('span', {}, s.csatHigh),
        ),
      ),
      h('label', { for: 'tp-csat-comment' }, s.csatComment),
      comment,
      error,
      submit,
    );
    buttons.forEach((button, index) => {
      on(button, 'click', () => {
        score = index + 1;
        for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
        error.textContent = '';
      });
    });
    on<SubmitEvent>(form, 'submit', (event) => {
      event.preventDefault();
      if (!score) {
        error.textContent = s.csatPick;
        buttons[0]?.focus();
        return;
      }
      if (!session) return;
      submit.disabled = true;
      client
        .csat(session, score, comment.value)
        .then(() => {
          state = { ...state, csat: { ...state.csat, answered: true } };
          render();
        })
        .catch(() => {
          error.textContent = s.failed;
          submit.disabled = false;
        });
    });
    csatForm = form;
    csatBox.append(form);
    log.scrollTop = log.scrollHeight;
  };

  const render = () => {
    renderLog();
    renderCsat();
    const line = isUnreachable && navigator.onLine ? s.unreachable : statusLine(state, s, navigator.onLine);
    if (statusText.textContent !== line) statusText.textContent = line;
    // A person is one tap away while the bot answers (or before the conversation starts).
    personButton.hidden = state.status !== null && state.status !== 'bot';
  };

  // --- the conversation --------------------------------------------------------------------------
  const forget = () => {
    session = null;
    saveSession(null);
    stream?.close();
    stream = null;
    state = emptyState();
    render();
  };

  /** Reads the whole conversation (after a send, a reconnection, a status change); the newest read wins. */
  const refresh = () => {
    const current = session;
    if (!current) return;
    const seq = ++readSeq;
    client
      .read(current)
      .then((read) => {
        if (session !== current || seq !== readSeq) return;
        isUnreachable = false;
        state = applyRead(state, read);
        render();
      })
      .catch((error) => {
        if (error instanceof ChatGoneError && session === current) forget();
      });
  };

  const outbox = startOutbox({
    storage,
    fetch: (url, init) => fetch(url, init),
    warn,
    events: window,
    onDrained: refresh,
    // The answer to a message carries the bot's replies and the new status: shown at once.
    onSent: (entry, response) => {
      if (!session || entry.u !== client.messagesUrl(session)) return;
      response
        .json()
        .then((answer: TSendAnswer | null) => {
          if (!answer?.message) return;
          state = mergeMessages(state, [answer.message, ...(answer.replies ?? [])]);
          if (answer.status)
            state = applyStatus(state, { status: answer.status, queue: answer.queue ?? null });
          render();
        })
        .catch(() => {});
    },
  });

  const connect = () => {
    clearTimeout(reconnectTimer);
    if (!session || stream || !isOpen || typeof EventSource === 'undefined') return;
    const source = new EventSource(client.streamUrl(session));
    stream = source;
    const data = (event: Event) => JSON.parse((event as MessageEvent).data as string) as unknown;
    on(source, 'open', refresh);
    on(source, 'message', (event) => {
      state = mergeMessages(state, [data(event)]);
      render();
    });
    on(source, 'status', (event) => {
      state = applyStatus(state, data(event) as Parameters<typeof applyStatus>[1]);
      render();
      refresh(); // the CSAT state and queue place as the server sees them
    });
    on(source, 'csat', (event) => {
      const question = (data(event) as { question?: string } | null)?.question ?? null;
      state = { ...state, csat: { ...state.csat, asked: true, question } };
      render();
    });
    on(source, 'error', () => {
      // The browser reconnects by itself unless the stream was refused; then try again later.
      if (source.readyState === 2 && stream === source) {
        stream = null;
        reconnectTimer = setTimeout(connect, RECONNECT_MS);
      }
    });
  };

  const begin = (current: TChatSession) => {
    session = { ...current, open: isOpen };
    saveSession(session);
    // Messages of an earlier page still in the outbox show as pending until the server has them.
    const url = client.messagesUrl(session);
    const queued = (readJson<TQueueEntry[]>(QUEUE_STORAGE_KEY) ?? []).filter((item) => item?.u === url);
    const pending = queued.map((item) => {
      const body = item.b as { text?: string; clientMessageId?: string };
      return { clientMessageId: body.clientMessageId ?? item.k, text: body.text ?? '', createdAt: '' };
    });
    state = { ...state, pending: [...state.pending, ...pending] };
    connect();
    refresh();
  };

  /** The conversation, started on the first message or request for a person. */
  const withSession = (): Promise<TChatSession> => {
    if (session) return Promise.resolve(session);
    creating ??= client
      .start({ contact: host.contact, language, channel })
      .then(({ messages, ...created }) => {
        isUnreachable = false;
        state = mergeMessages(state, messages); // the bot's greeting
        begin(created);
        return session ?? created;
      })
      .catch((error: unknown) => {
        isUnreachable = true;
        render();
        throw error;
      })
      .finally(() => {
        creating = null;
      });
    return creating;
  };

  const deliver = (message: TPendingMessage) => {
    withSession()
      .then((current) => {
        unsent = unsent.filter((other) => other !== message);
        state = { ...state, pending: [...state.pending, message] };
        render();
        const body = { text: message.text, clientMessageId: message.clientMessageId };
        return outbox.send(
          client.messagesUrl(current),
          message.clientMessageId,
          body,
          client.headers(current),
        );
      })
      .then(() => render())
      .catch(() => {
        // No conversation yet (offline): kept in `unsent` and retried on `online`.
      });
  };

  const sendText = (text: string) => {
    const message = { clientMessageId: newKey(), text, createdAt: new Date().toISOString() };
    if (session) state = { ...state, pending: [...state.pending, message] };
    else unsent = [...unsent, message];
    render();
    if (session) {
      const current = session;
      const body = { text, clientMessageId: message.clientMessageId };
      void outbox
        .send(client.messagesUrl(current), message.clientMessageId, body, client.headers(current))
        .then(() => render());
    } else {
      deliver(message);
    }
  };

  on(composer, 'submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    sendText(text);
    input.focus();
  });
  on<KeyboardEvent>(input, 'keydown', (event) => {
    // Enter sends, Shift+Enter is a new line; never while an input method is composing (Vietnamese IMEs).
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  on(personButton, 'click', () => {
    personButton.disabled = true;
    withSession()
      .then((current) => client.handoff(current))
      .then((answer) => {
        state = mergeMessages(state, answer?.replies ?? []);
        if (answer?.status)
          state = applyStatus(state, { status: answer.status, queue: answer.queue ?? null });
        render();
        refresh();
      })
      .catch(() => {
        statusText.textContent = s.failed;
      })
      .finally(() => {
        personButton.disabled = false;
      });
  });
  on(window, 'online', () => {
    isUnreachable = false;
    for (const message of unsent) deliver(message);
    refresh();
    render();
  });
  on(window, 'offline', render);

  // --- open and close ------------------------------------------------------------------------------
  const hide = () => {
    if (!isOpen) return;
    isOpen = false;
    const hadFocus = !!shadow.activeElement;
    root.style.display = 'none';
    stream?.close();
    stream = null;
    clearTimeout(reconnectTimer);
    if (session) {
      session = { ...session, open: false };
      saveSession(session);
    }
    if (host.launcher) host.launcher.hidden = false;
    if (hadFocus) {
      if (host.launcher) host.launcher.focus();
      else if (previousFocus?.isConnected) previousFocus.focus();
    }
  };
  on(closeButton, 'click', hide);
  on<KeyboardEvent>(panel, 'keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      hide();
    }
  });

  const show = () => {
    if (!isOpen) {
      isOpen = true;
      previousFocus = document.activeElement as HTMLElement | null;
      root.style.display = '';
      if (!root.isConnected) document.body.append(root);
      if (host.launcher) host.launcher.hidden = true;
      if (session) {
        session = { ...session, open: true };
        saveSession(session);
        connect();
        refresh();
      }
      render();
    }
    if (isRestoring) isRestoring = false;
    else input.focus();
  };

  if (session) {
    const restored = session;
    session = null;
    begin(restored);
  }
  return { show };
}

let chat: { show: () => void } | null = null;

/** Opens the chat (the same panel on every call); a failure is a console warning, never a page error. */
const openChat: TOpenChat = (host) => {
  try {
    chat ??= createChat(host);
    chat.show();
  } catch (error) {
    warn('Touchpoint: the chat could not open', error);
  }
};

try {
  document.currentScript?.dispatchEvent(new CustomEvent(CHAT_READY_EVENT, { detail: openChat }));
} catch (error) {
  warn('Touchpoint: the chat could not start', error);
}
