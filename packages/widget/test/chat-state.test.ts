import { describe, expect, it } from 'vitest';
import {
  applyRead,
  applyStatus,
  emptyState,
  mergeMessages,
  showsCsat,
  statusLine,
  type TChatMessage,
} from '../src/chat/chat-state';
import { chatLanguage, chatStrings } from '../src/chat/chat-strings';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, second)).toISOString();
const message = (id: string, second: number, extra: Partial<TChatMessage> = {}): TChatMessage => ({
  id,
  author: 'bot',
  text: `text ${id}`,
  createdAt: at(second),
  ...extra,
});

describe('the chat state', () => {
  it('merges messages from reads and the stream by id, in time order, ignoring junk', () => {
    let state = mergeMessages(emptyState(), [message('b', 2), message('a', 1)]);
    state = mergeMessages(state, [message('b', 2, { text: 'edited' }), message('c', 3), null, { id: 1 }]);
    expect(state.messages.map((m) => [m.id, m.text])).toEqual([
      ['a', 'text a'],
      ['b', 'edited'],
      ['c', 'text c'],
    ]);
  });

  it('settles a pending message once the server copy with its clientMessageId arrives, whatever the path', () => {
    const pending = { clientMessageId: 'cm-1', text: 'hoan tien mat bao lau', createdAt: at(5) };
    const other = { clientMessageId: 'cm-2', text: 'and?', createdAt: at(6) };
    let state = { ...emptyState(), pending: [pending, other] };
    state = mergeMessages(state, [message('m1', 5, { author: 'customer', clientMessageId: 'cm-1' })]);
    expect(state.pending).toEqual([other]);
    state = applyRead(state, {
      items: [message('m2', 6, { author: 'customer', clientMessageId: 'cm-2' })],
      status: 'bot',
    });
    expect(state.pending).toEqual([]);
    expect(state.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('says the queue place and an honest wait, preferring the server wording, in EN and VI', () => {
    const en = chatStrings('en');
    const vi = chatStrings('vi');
    const waiting = applyStatus(emptyState(), {
      status: 'open',
      queue: { position: 2, estimatedWaitMinutes: 3.4, message: null },
    });
    expect(statusLine(waiting, en, true)).toBe('You are number 2 in the queue. Estimated wait: about 3 min.');
    expect(statusLine(waiting, vi, true)).toBe(
      'Bạn đang ở vị trí thứ 2 trong hàng chờ. Thời gian chờ ước tính: khoảng 3 phút.',
    );
    const unknown = applyStatus(emptyState(), {
      status: 'open',
      queue: { position: 1, estimatedWaitMinutes: null },
    });
    expect(statusLine(unknown, en, true)).toBe(
      'You are number 1 in the queue. A person will be with you as soon as possible.',
    );
    const worded = applyStatus(emptyState(), {
      status: 'open',
      queue: { position: 4, estimatedWaitMinutes: 10, message: 'We open at 9:00.' },
    });
    expect(statusLine(worded, en, true)).toBe('We open at 9:00.');
    // Offline with unsent messages wins over everything else.
    const offline = { ...worded, pending: [{ clientMessageId: 'x', text: 'hi', createdAt: at(1) }] };
    expect(statusLine(offline, en, false)).toBe(en.offline);
    expect(statusLine(emptyState(), en, true)).toBe('');
  });

  it('asks for CSAT only once resolved and asked, until answered; a reopening forgets the old question', () => {
    let state = applyRead(emptyState(), {
      items: [],
      status: 'resolved',
      csat: { asked: true, answered: false },
    });
    expect(showsCsat(state)).toBe(true);
    expect(statusLine(state, chatStrings('en'), true)).toMatch(/resolved/);
    state = { ...state, csat: { ...state.csat, answered: true } };
    expect(showsCsat(state)).toBe(false);
    expect(statusLine(state, chatStrings('vi'), true)).toBe('Cảm ơn bạn đã đánh giá!');
    state = applyStatus(state, { status: 'open', queue: null });
    expect(state.csat).toEqual({ asked: false, answered: false, question: null });
    expect(
      showsCsat(
        applyRead(emptyState(), { items: [], status: 'open', csat: { asked: true, answered: false } }),
      ),
    ).toBe(false);
  });

  it('speaks Vietnamese on a Vietnamese page or browser, English otherwise', () => {
    expect(chatLanguage('vi', ['en-US'])).toBe('vi');
    expect(chatLanguage('', ['vi-VN', 'en'])).toBe('vi');
    expect(chatLanguage('en', ['vi-VN'])).toBe('en');
    expect(chatLanguage('', [])).toBe('en');
    expect(chatLanguage('video', [])).toBe('en');
  });
});
