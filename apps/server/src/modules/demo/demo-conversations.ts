import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { hashSecret } from '../../platform/crypto';
import { seedCsatHistory } from '../conversations/index';
import { analyzeStoredItems } from '../text/index';
import { createRandom } from './demo-random';

// Past conversations for the Inbox and its metrics: ~300 over the last 60 days, EN and VI. Some the bot
// resolved (the customer confirmed, or went quiet), a few of whom came back within the week (so honest
// containment is below the raw bot resolution rate); many handed over for varied reasons, answered and
// resolved by Support agents, most with a CSAT answer stored as a real survey response; a few still open
// or waiting. Plus canned replies. Everything is written in a few batched inserts (demo start-up time).

const DAY_MS = 86_400_000;
const CONVERSATIONS = 300;

type Lang = 'en' | 'vi';
const t = (en: string, vi: string) => ({ en, vi });

const ROUTINE = [
  {
    q: t('How long does a refund take?', 'Hoàn tiền mất bao lâu?'),
    a: t(
      'Refunds reach your card within 5 working days after we receive the item.',
      'Tiền hoàn sẽ về thẻ của bạn trong vòng 5 ngày làm việc sau khi chúng tôi nhận lại hàng.',
    ),
  },
  {
    q: t('Where is my order?', 'Đơn hàng của tôi đang ở đâu?'),
    a: t(
      'You can track your order under My orders; most orders arrive within 2–3 days.',
      'Bạn có thể theo dõi đơn trong mục Đơn hàng của tôi; đa số đơn đến trong 2–3 ngày.',
    ),
  },
  {
    q: t('What are your store opening hours?', 'Cửa hàng mở cửa lúc mấy giờ?'),
    a: t('Our stores are open 8:00–22:00 every day.', 'Cửa hàng mở cửa từ 8:00 đến 22:00 hằng ngày.'),
  },
  {
    q: t('Can I change my delivery address?', 'Tôi có thể đổi địa chỉ giao hàng không?'),
    a: t(
      'Yes, until the order is packed: open the order and choose Change address.',
      'Được, trước khi đơn được đóng gói: mở đơn hàng và chọn Đổi địa chỉ.',
    ),
  },
];

const HANDOVERS: { reason: string; q: { en: string; vi: string } }[] = [
  { reason: 'asked_for_person', q: t('I want to talk to a human please', 'Cho tôi gặp nhân viên tư vấn') },
  {
    reason: 'negative_sentiment',
    q: t(
      'This is the third time my delivery is late, really disappointed',
      'Giao hàng trễ lần thứ ba rồi, rất thất vọng',
    ),
  },
  {
    reason: 'low_confidence',
    q: t('Do you price match with other shops?', 'Bên bạn có so giá với cửa hàng khác không?'),
  },
  {
    reason: 'urgent',
    q: t(
      'I will cancel my membership if this is not fixed today',
      'Nếu hôm nay không xử lý tôi sẽ hủy thẻ thành viên',
    ),
  },
  {
    reason: 'repeated_failure',
    q: t('That does not answer my question about the warranty', 'Câu trả lời không đúng ý tôi về bảo hành'),
  },
  {
    reason: 'out_of_scope',
    q: t('Can you help me with my tax invoice?', 'Bạn giúp tôi xuất hóa đơn VAT được không?'),
  },
];

const AGENT_REPLIES = [
  t(
    "I'm sorry about that — let me check your order right now.",
    'Xin lỗi anh/chị về sự bất tiện này, em kiểm tra đơn hàng ngay ạ.',
  ),
  t(
    'Thanks for waiting. I have arranged a replacement for you.',
    'Cảm ơn anh/chị đã chờ. Em đã sắp xếp đổi hàng mới cho mình.',
  ),
];
const CSAT_COMMENTS = [
  t('Quick and friendly, thank you', 'Nhân viên hỗ trợ nhanh và nhiệt tình'),
  t('Took too long to get an answer', 'Phải chờ khá lâu mới được trả lời'),
  t('Problem solved', 'Đã giải quyết xong'),
];

const CANNED = [
  {
    shortcut: 'hello',
    title: 'Greeting',
    text: t(
      'Hi {{contact.name}}, this is {{agent.name}}. How can I help?',
      'Chào {{contact.name}}, em là {{agent.name}}. Em có thể giúp gì ạ?',
    ),
  },
  {
    shortcut: 'refund',
    title: 'Refund timing',
    text: t(
      'Refunds reach your card within 5 working days after we receive the item.',
      'Tiền hoàn sẽ về thẻ trong vòng 5 ngày làm việc sau khi chúng tôi nhận lại hàng.',
    ),
  },
  {
    shortcut: 'late',
    title: 'Late delivery apology',
    text: t(
      "I'm sorry your order is late, {{contact.name}}. I've asked the carrier to prioritise it.",
      'Thành thật xin lỗi {{contact.name}} vì đơn hàng bị trễ. Em đã yêu cầu bên vận chuyển ưu tiên giao.',
    ),
  },
  {
    shortcut: 'bye',
    title: 'Closing',
    text: t(
      'Glad I could help. Have a nice day!',
      'Rất vui được hỗ trợ anh/chị. Chúc anh/chị một ngày tốt lành!',
    ),
  },
];

export async function seedDemoConversations(ctx: AppContext, workspaceId: string): Promise<void> {
  const random = createRandom(1212);
  const db = ctx.db;
  const support = await db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', 'Support')
    .executeTakeFirst();
  const agents = (
    await db
      .selectFrom('memberships')
      .select('userId')
      .where('workspaceId', '=', workspaceId)
      .where('role', 'in', ['agent', 'team_member', 'cx_manager'])
      .orderBy('userId')
      .execute()
  ).map((row) => row.userId);
  const contacts = (
    await db
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .orderBy('id')
      .limit(400)
      .execute()
  ).map((row) => row.id);
  if (agents.length === 0 || contacts.length === 0) return;
  const teamId = support?.id ?? null;

  const now = Date.now();
  const conversations: Record<string, unknown>[] = [];
  const messages: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  const csat: {
    conversationId: string;
    resolvedAt: Date;
    agentId: string;
    score: number;
    comment: string | null;
    contactId: string;
    language: Lang;
  }[] = [];
  const resolvedByBotContacts: { contactId: string; resolvedAt: number }[] = [];

  for (let i = 0; i < CONVERSATIONS; i++) {
    const language: Lang = random.next() < 0.55 ? 'vi' : 'en';
    const contactId = random.pick(contacts);
    // The last dozen are from the past few hours and still waiting for (or with) a person.
    const isWaiting = i >= CONVERSATIONS - 12;
    const startedAt = isWaiting
      ? now - random.int(5, 240) * 60_000
      : now - random.int(1, 60 * 24) * 3_600_000 - random.int(0, 3_599) * 1000;
    const id = uuidv7();
    let clock = startedAt;
    const message = (
      author: 'customer' | 'bot' | 'agent' | 'system',
      text: string,
      userId: string | null = null,
    ) => {
      const row = {
        workspaceId,
        id: uuidv7(),
        conversationId: id,
        author,
        authorUserId: userId,
        text,
        createdAt: new Date(clock),
      };
      messages.push(row);
      return row;
    };
    const roll = isWaiting ? 1 : random.next();
    const base = {
      workspaceId,
      id,
      contactId,
      language,
      tokenHash: hashSecret(`demo-${id}`),
      channel: random.next() < 0.85 ? 'widget' : 'help_center',
      createdAt: new Date(startedAt),
    };
    if (roll < 0.4) {
      // The bot answers a routine question; the customer confirms (half) or goes quiet.
      const topic = random.pick(ROUTINE);
      message('customer', topic.q[language]);
      clock += 2_000;
      const answer = message('bot', topic.a[language]);
      decisions.push({
        workspaceId,
        messageId: answer.id,
        conversationId: id,
        confidence: 0.7 + random.next() * 0.3,
        handoff: false,
        reason: null,
      });
      const confirmed = random.next() < 0.5;
      const resolvedAt = clock + (confirmed ? random.int(20, 120) * 1000 : 30 * 60_000);
      conversations.push({
        ...base,
        status: 'resolved',
        resolution: confirmed ? 'bot_confirmed' : 'bot_assumed',
        resolvedAt: new Date(resolvedAt),
        updatedAt: new Date(resolvedAt),
        lastMessageAt: new Date(clock),
      });
      resolvedByBotContacts.push({ contactId, resolvedAt });
      continue;
    }
    // Handed over to a person.
    const handover = random.pick(HANDOVERS);
    message('customer', handover.q[language]);
    clock += 1_500;
    const notice = message(
      'system',
      language === 'vi' ? 'Đang kết nối bạn với nhân viên hỗ trợ…' : 'Connecting you with a person…',
    );
    decisions.push({
      workspaceId,
      messageId: notice.id,
      conversationId: id,
      confidence: random.next() * 0.4,
      handoff: true,
      reason: handover.reason,
    });
    const handedOverAt = clock;
    const agentId = random.pick(agents);
    if (isWaiting) {
      // Still waiting for a person (or being worked on).
      conversations.push({
        ...base,
        status: random.next() < 0.5 ? 'open' : 'pending',
        teamId,
        assigneeUserId: random.next() < 0.5 ? agentId : null,
        handoffReason: handover.reason,
        handedOverAt: new Date(handedOverAt),
        updatedAt: new Date(clock),
        lastMessageAt: new Date(clock),
      });
      continue;
    }
    clock += random.int(30, 900) * 1000;
    const firstResponseAt = clock;
    message('agent', random.pick(AGENT_REPLIES)[language], agentId);
    clock += random.int(60, 600) * 1000;
    message('customer', language === 'vi' ? 'Cảm ơn bạn nhiều!' : 'Thanks a lot!');
    clock += random.int(60, 3_600) * 1000;
    const resolvedAt = clock;
    conversations.push({
      ...base,
      status: 'resolved',
      teamId,
      assigneeUserId: agentId,
      handoffReason: handover.reason,
      handedOverAt: new Date(handedOverAt),
      firstResponseAt: new Date(firstResponseAt),
      resolvedAt: new Date(resolvedAt),
      resolvedByUserId: agentId,
      resolvedByTeamId: teamId,
      resolution: 'agent',
      updatedAt: new Date(resolvedAt),
      lastMessageAt: new Date(clock),
    });
    if (random.next() < 0.7) {
      // Unhappy reasons score lower, so per-agent CSAT differs for a reason.
      const unhappy = handover.reason === 'negative_sentiment' || handover.reason === 'urgent';
      const score = Math.max(1, Math.min(5, random.int(unhappy ? 2 : 3, 5) - (random.next() < 0.1 ? 2 : 0)));
      csat.push({
        conversationId: id,
        resolvedAt: new Date(resolvedAt),
        agentId,
        score,
        comment: random.next() < 0.4 ? random.pick(CSAT_COMMENTS)[language] : null,
        contactId,
        language,
      });
    }
  }

  // A few bot-resolved customers came back within the week: those resolutions are not contained.
  for (const resolved of resolvedByBotContacts.filter(() => random.next() < 0.15)) {
    const at = resolved.resolvedAt + random.int(1, 5) * DAY_MS;
    if (at > now) continue;
    const id = uuidv7();
    const language: Lang = random.next() < 0.5 ? 'vi' : 'en';
    conversations.push({
      workspaceId,
      id,
      contactId: resolved.contactId,
      language,
      tokenHash: hashSecret(`demo-${id}`),
      channel: 'widget',
      status: 'resolved',
      resolution: 'bot_assumed',
      resolvedAt: new Date(at + 30 * 60_000),
      createdAt: new Date(at),
      updatedAt: new Date(at + 30 * 60_000),
      lastMessageAt: new Date(at + 2_000),
    });
    messages.push(
      {
        workspaceId,
        id: uuidv7(),
        conversationId: id,
        author: 'customer',
        authorUserId: null,
        text: language === 'vi' ? 'Tôi vẫn chưa nhận được tiền hoàn' : 'I still have not received my refund',
        createdAt: new Date(at),
      },
      {
        workspaceId,
        id: uuidv7(),
        conversationId: id,
        author: 'bot',
        authorUserId: null,
        text: ROUTINE[0]?.a[language] ?? '',
        createdAt: new Date(at + 2_000),
      },
    );
  }

  for (let start = 0; start < conversations.length; start += 500) {
    await db
      .insertInto('conversations')
      .values(conversations.slice(start, start + 500) as never)
      .execute();
  }
  for (let start = 0; start < messages.length; start += 1000) {
    await db
      .insertInto('conversationMessages')
      .values(messages.slice(start, start + 1000) as never)
      .execute();
  }
  for (let start = 0; start < decisions.length; start += 1000) {
    await db
      .insertInto('conversationBotDecisions')
      .values(decisions.slice(start, start + 1000) as never)
      .execute();
  }
  await db
    .insertInto('cannedReplies')
    .values(
      CANNED.map((reply) => ({
        workspaceId,
        id: uuidv7(),
        shortcut: reply.shortcut,
        title: reply.title,
        text: JSON.stringify(reply.text),
      })),
    )
    .execute();
  await seedCsatHistory(
    ctx,
    workspaceId,
    csat.map((answer) => ({ ...answer, teamId })),
  );
  // The seed writes conversations without events, so they are analysed here as the loop would: the demo's
  // comments, topics and sentiment then include what customers said in chat.
  const conversationIds = (
    await db.selectFrom('conversations').select('id').where('workspaceId', '=', workspaceId).execute()
  ).map((row) => row.id);
  for (let start = 0; start < conversationIds.length; start += 500) {
    await analyzeStoredItems(ctx, workspaceId, 'conversation', conversationIds.slice(start, start + 500));
  }
}
