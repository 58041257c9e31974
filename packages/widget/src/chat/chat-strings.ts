/**
 * The chat panel's words in English and Vietnamese. `{n}` and `{m}` are replaced with numbers. Kept
 * here without i18next so the chat chunk stays small.
 */
export interface TChatStrings {
  title: string;
  intro: string;
  close: string;
  log: string;
  you: string;
  bot: string;
  agent: string;
  system: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  person: string;
  sending: string;
  offline: string;
  connecting: string;
  unreachable: string;
  queue: string;
  queueWait: string;
  queueSoon: string;
  resolved: string;
  csatQuestion: string;
  csatScore: string;
  csatLow: string;
  csatHigh: string;
  csatComment: string;
  csatSend: string;
  csatPick: string;
  csatThanks: string;
  failed: string;
}

const en: TChatStrings = {
  title: 'Chat with us',
  intro: 'Ask us anything. Our assistant answers right away, and a person is always one tap away.',
  close: 'Close chat',
  log: 'Conversation',
  you: 'You',
  bot: 'Assistant',
  agent: 'Support agent',
  system: 'Notice',
  inputLabel: 'Your message',
  placeholder: 'Type your question…',
  send: 'Send',
  person: 'Talk to a person',
  sending: 'Sending…',
  offline: 'You are offline. Your messages will be sent when you are back online.',
  connecting: 'Connecting…',
  unreachable: 'We cannot reach the chat right now. We will keep trying.',
  queue: 'You are number {n} in the queue.',
  queueWait: 'You are number {n} in the queue. Estimated wait: about {m} min.',
  queueSoon: 'A person will be with you as soon as possible.',
  resolved: 'This conversation is resolved. Write again if you need more help.',
  csatQuestion: 'How would you rate the help you received?',
  csatScore: '{n} out of 5',
  csatLow: 'Very poor',
  csatHigh: 'Excellent',
  csatComment: 'Anything to add? (optional)',
  csatSend: 'Send rating',
  csatPick: 'Please choose a score from 1 to 5.',
  csatThanks: 'Thank you for your rating!',
  failed: 'That did not work. Please try again.',
};

const vi: TChatStrings = {
  title: 'Trò chuyện với chúng tôi',
  intro: 'Bạn cứ hỏi nhé. Trợ lý tự động trả lời ngay, và bạn luôn có thể gặp nhân viên hỗ trợ.',
  close: 'Đóng cửa sổ trò chuyện',
  log: 'Cuộc trò chuyện',
  you: 'Bạn',
  bot: 'Trợ lý tự động',
  agent: 'Nhân viên hỗ trợ',
  system: 'Thông báo',
  inputLabel: 'Tin nhắn của bạn',
  placeholder: 'Nhập câu hỏi của bạn…',
  send: 'Gửi',
  person: 'Gặp nhân viên hỗ trợ',
  sending: 'Đang gửi…',
  offline: 'Bạn đang ngoại tuyến. Tin nhắn sẽ được gửi khi có mạng trở lại.',
  connecting: 'Đang kết nối…',
  unreachable: 'Hiện chưa kết nối được. Chúng tôi sẽ tiếp tục thử lại.',
  queue: 'Bạn đang ở vị trí thứ {n} trong hàng chờ.',
  queueWait: 'Bạn đang ở vị trí thứ {n} trong hàng chờ. Thời gian chờ ước tính: khoảng {m} phút.',
  queueSoon: 'Nhân viên sẽ trả lời bạn sớm nhất có thể.',
  resolved: 'Cuộc trò chuyện đã được giải quyết. Hãy nhắn tiếp nếu bạn cần hỗ trợ thêm.',
  csatQuestion: 'Bạn đánh giá thế nào về sự hỗ trợ vừa nhận được?',
  csatScore: '{n} trên 5',
  csatLow: 'Rất tệ',
  csatHigh: 'Tuyệt vời',
  csatComment: 'Bạn muốn góp ý thêm? (không bắt buộc)',
  csatSend: 'Gửi đánh giá',
  csatPick: 'Vui lòng chọn điểm từ 1 đến 5.',
  csatThanks: 'Cảm ơn bạn đã đánh giá!',
  failed: 'Chưa thực hiện được. Vui lòng thử lại.',
};

/** 'vi' for a Vietnamese page or browser, otherwise 'en'. */
export function chatLanguage(pageLanguage: string, browserLanguages: readonly string[]): 'en' | 'vi' {
  const first = pageLanguage || browserLanguages[0] || '';
  return /^vi\b/i.test(first) ? 'vi' : 'en';
}

export function chatStrings(language: 'en' | 'vi'): TChatStrings {
  return language === 'vi' ? vi : en;
}

/** Fills `{n}` and `{m}`. */
export function fill(text: string, n: number, m?: number | null): string {
  return text.replace('{n}', String(n)).replace('{m}', String(m ?? ''));
}
