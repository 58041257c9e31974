import { describe, expect, it } from 'vitest';
import {
  appendMessage,
  applyConversationEvent,
  fillVariables,
  isInQueue,
  listQuery,
  localFilter,
  matchesListQuery,
  moveSelection,
  replaceShortcut,
  shortcutAt,
  type TConversationEvent,
  type TConversationSummary,
} from './inbox-model';

function summary(id: string, changes: Partial<TConversationSummary> = {}): TConversationSummary {
  return {
    id,
    status: 'open',
    contact: null,
    assignee: null,
    team: null,
    language: 'en',
    lastMessage: null,
    handoffReason: null,
    waitingSince: null,
    updatedAt: '2026-12-01T10:00:00.000Z',
    firstResponseDueAt: null,
    ...changes,
  };
}

const event = (changes: Partial<TConversationEvent> = {}): TConversationEvent => ({
  id: 'c1',
  status: 'open',
  assigneeId: null,
  teamId: null,
  lastMessage: { text: 'hello', author: 'customer', createdAt: '2026-12-01T11:00:00.000Z' },
  handoffReason: 'asked_for_person',
  ...changes,
});

describe('queues', () => {
  const empty = { queue: '', status: '', teamId: '', assigneeId: '', language: '', q: '' };

  it('asks the waiting queue for open, unassigned conversations by default', () => {
    expect(listQuery(empty, [])).toEqual({ status: 'open', assigneeId: 'none' });
  });

  it('lets the filter bar narrow a queue', () => {
    expect(listQuery({ ...empty, queue: 'team' }, ['t1'])).toEqual({ status: 'open', teamId: 't1' });
    expect(listQuery({ ...empty, queue: 'resolved', language: 'vi', q: ' refund ' }, [])).toEqual({
      status: 'resolved',
      q: 'refund',
    });
  });

  it('filters "my teams" and the language on the rows when the API cannot', () => {
    const row = (teamId: string | null, language: string) => ({
      team: teamId ? { id: teamId, name: teamId } : null,
      language,
    });
    expect(localFilter({ queue: 'team', teamId: '', language: '' }, ['t1'])).toBeNull();
    const none = localFilter({ queue: 'team', teamId: '', language: '' }, []);
    expect(none?.(row('t1', 'en'))).toBe(false);
    const several = localFilter({ queue: 'team', teamId: '', language: '' }, ['t1', 't2']);
    expect([row('t1', 'en'), row('t3', 'en'), row(null, 'en')].map((item) => several?.(item))).toEqual([
      true,
      false,
      false,
    ]);
    const vi = localFilter({ queue: 'open', teamId: '', language: 'vi' }, []);
    expect([row(null, 'vi'), row(null, 'en')].map((item) => vi?.(item))).toEqual([true, false]);
  });

  it('places a conversation in the queues it belongs to', () => {
    const me = { userId: 'u1', teamIds: ['t1'] };
    const mine = { status: 'open' as const, assigneeId: 'u1', teamId: 't1' };
    expect(isInQueue(mine, 'mine', me)).toBe(true);
    expect(isInQueue(mine, 'waiting', me)).toBe(false);
    expect(isInQueue(mine, 'team', me)).toBe(true);
    expect(isInQueue({ ...mine, status: 'bot', assigneeId: null }, 'bot', me)).toBe(true);
    expect(isInQueue({ ...mine, assigneeId: 'u2' }, 'mine', me)).toBe(false);
  });

  it('matches a live event against a list query, leaving text searches to the refetch', () => {
    expect(matchesListQuery(event(), { status: 'open', assigneeId: 'none' }, 'u1')).toBe(true);
    expect(matchesListQuery(event({ assigneeId: 'u2' }), { status: 'open', assigneeId: 'none' }, 'u1')).toBe(
      false,
    );
    expect(matchesListQuery(event({ assigneeId: 'u1' }), { status: 'open', assigneeId: 'me' }, 'u1')).toBe(
      true,
    );
    expect(matchesListQuery(event({ status: 'resolved' }), { status: 'open' }, 'u1')).toBe(false);
    expect(matchesListQuery(event({ teamId: 't2' }), { status: 'open', teamId: 't2' }, 'u1')).toBe(true);
    expect(matchesListQuery(event({ teamId: 't1' }), { status: 'open', teamId: 't2' }, 'u1')).toBe(false);
    expect(matchesListQuery(event(), { status: 'open', q: 'refund' }, 'u1')).toBeNull();
  });
});

describe('live list updates', () => {
  it('moves an updated conversation to the top, drops one that left, and adds a new one once', () => {
    const items = [summary('c0'), summary('c1')];
    const moved = applyConversationEvent(items, event(), true);
    expect(moved.map((item) => item.id)).toEqual(['c1', 'c0']);
    expect(moved[0]?.lastMessage?.text).toBe('hello');
    expect(moved[0]?.handoffReason).toBe('asked_for_person');
    expect(applyConversationEvent(items, event(), false).map((item) => item.id)).toEqual(['c0']);
    const added = applyConversationEvent([summary('c0')], event({ id: 'c9' }), true);
    expect(added.map((item) => item.id)).toEqual(['c9', 'c0']);
    expect(applyConversationEvent(added, event({ id: 'c9' }), true)).toHaveLength(2);
  });

  it('adds a streamed message to a transcript only once', () => {
    const message = {
      id: 'm1',
      conversationId: 'c1',
      author: 'agent' as const,
      text: 'Hi',
      private: false,
      createdAt: '2026-12-01T11:00:00.000Z',
    };
    const once = appendMessage([], message);
    expect(appendMessage(once, message)).toHaveLength(1);
  });
});

describe('canned replies', () => {
  it('fills known variables and blanks unknown ones instead of showing braces', () => {
    expect(
      fillVariables('Hi {{contact.name}}, {{ agent.name }} here. {{order.id}}', {
        'contact.name': 'Lan',
        'agent.name': 'Minh',
      }),
    ).toBe('Hi Lan, Minh here. ');
    expect(fillVariables('Hi {{contact.name}}', { 'contact.name': null })).toBe('Hi ');
  });

  it('finds the "/" shortcut being typed and replaces it', () => {
    expect(shortcutAt('/ref', 4)).toEqual({ query: 'ref', start: 0 });
    expect(shortcutAt('hello /thanks', 13)).toEqual({ query: 'thanks', start: 6 });
    expect(shortcutAt('and/or', 6)).toBeNull();
    expect(shortcutAt('/ref done', 9)).toBeNull();
    expect(replaceShortcut('hello /th', 6, 9, 'Thank you!')).toEqual({ text: 'hello Thank you!', caret: 16 });
  });
});

describe('keyboard movement', () => {
  it('moves down and up and stays at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, null, -1)).toBe('c');
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
    expect(moveSelection([], 'a', 1)).toBeNull();
  });
});
