import type { TConversationLanguage } from '@touchpoint/schemas';

// What Touchpoint itself says to the customer in a conversation, in the conversation's language.

const TEXTS = {
  en: {
    handover: 'Connecting you with a person… Someone from our team will reply here.',
    handBack: 'Our assistant is back to help. You can still ask for a person at any time.',
    position: (n: number) => (n === 1 ? 'You are next in line.' : `You are number ${n} in line.`),
    wait: (m: number) => `The wait is usually about ${m} minute${m === 1 ? '' : 's'}.`,
    busy: 'Everyone is helping other customers right now; the next free person will take your conversation.',
    csat: 'How satisfied are you with the help you received?',
    nobody:
      'Nobody from our team is available right now. Your messages are saved, and we will reply here as soon as someone is back.',
  },
  vi: {
    handover:
      'Đang kết nối bạn với nhân viên hỗ trợ… Một người trong đội ngũ của chúng tôi sẽ trả lời bạn tại đây.',
    handBack: 'Trợ lý tự động đã quay lại hỗ trợ bạn. Bạn vẫn có thể yêu cầu gặp nhân viên bất cứ lúc nào.',
    position: (n: number) =>
      n === 1 ? 'Bạn là người tiếp theo.' : `Bạn đang ở vị trí thứ ${n} trong hàng chờ.`,
    wait: (m: number) => `Thời gian chờ thường khoảng ${m} phút.`,
    busy: 'Hiện tất cả nhân viên đều đang hỗ trợ khách hàng khác; người rảnh đầu tiên sẽ tiếp nhận cuộc trò chuyện của bạn.',
    csat: 'Bạn hài lòng đến mức nào với sự hỗ trợ bạn nhận được?',
    nobody:
      'Hiện chưa có nhân viên nào trực. Tin nhắn của bạn đã được lưu và chúng tôi sẽ trả lời tại đây ngay khi có người.',
  },
} as const;

export function handoverText(language: TConversationLanguage): string {
  return TEXTS[language].handover;
}

export function handBackText(language: TConversationLanguage): string {
  return TEXTS[language].handBack;
}

export function csatQuestion(language: TConversationLanguage): string {
  return TEXTS[language].csat;
}

/** The queue notice: the place in line, then an estimate only when there is one, or why there is none. */
export function queueText(
  language: TConversationLanguage,
  queue: { position: number; estimatedWaitMinutes: number | null; anyoneOnline: boolean },
): string {
  const t = TEXTS[language];
  const parts: string[] = [t.position(queue.position)];
  if (!queue.anyoneOnline) parts.push(t.nobody);
  else if (queue.estimatedWaitMinutes !== null) parts.push(t.wait(queue.estimatedWaitMinutes));
  else parts.push(t.busy);
  return parts.join(' ');
}
