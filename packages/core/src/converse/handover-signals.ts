// Phrases that mean "give me a person" or "this is urgent", in English and Vietnamese. Matched as whole
// words over the folded text (no diacritics, lower case), so "gặp nhân viên", "gap nhan vien" and
// "GẶP NHÂN VIÊN" are the same. Vietnamese phrases are written with their diacritics here and folded when
// compiled, so the lists stay readable. Single Vietnamese syllables are never used alone: folded, many
// collide ("kiện" — to sue — is also "kiện hàng", a parcel).
import { containsPhrase, foldedWords } from './terms';

function compile(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) => foldedWords(phrase));
}

const ASKED_FOR_PERSON = compile([
  // English
  'human',
  'humans',
  'real person',
  'live person',
  'actual person',
  'a person',
  'someone real',
  'agent',
  'agents',
  'representative',
  'operator',
  'talk to someone',
  'speak to someone',
  'speak with someone',
  'talk with someone',
  'customer service',
  'customer support team',
  'not a bot',
  'not a robot',
  'stop the bot',
  'support staff',
  'staff member',
  // Vietnamese
  'gặp nhân viên',
  'nói chuyện với nhân viên',
  'chat với nhân viên',
  'kết nối nhân viên',
  'kết nối với nhân viên',
  'chuyển nhân viên',
  'chuyển cho nhân viên',
  'nhân viên tư vấn',
  'nhân viên hỗ trợ',
  'nhân viên chăm sóc',
  'cần nhân viên',
  'gọi nhân viên',
  'tư vấn viên',
  'tổng đài viên',
  'người thật',
  'gặp người',
  'nói chuyện với người',
  'người hỗ trợ',
  'không phải bot',
  'không muốn nói chuyện với bot',
]);

const URGENT = compile([
  // Churn threats
  'cancel my account',
  'close my account',
  'cancel my subscription',
  'cancel the subscription',
  'delete my account',
  'switch to another',
  'switching to',
  'leave your company',
  'never use you again',
  'hủy tài khoản',
  'huỷ tài khoản',
  'đóng tài khoản',
  'xóa tài khoản',
  'xoá tài khoản',
  'hủy dịch vụ',
  'huỷ dịch vụ',
  'hủy hợp đồng',
  'huỷ hợp đồng',
  'hủy gói',
  'huỷ gói',
  'ngừng sử dụng',
  'chuyển sang bên khác',
  'chuyển sang nhà mạng khác',
  'không bao giờ dùng nữa',
  // Legal
  'lawyer',
  'attorney',
  'sue',
  'suing',
  'lawsuit',
  'legal action',
  'court',
  'consumer protection',
  'luật sư',
  'khởi kiện',
  'kiện ra tòa',
  'kiện ra toà',
  'tòa án',
  'toà án',
  'sẽ kiện',
  'đi kiện',
  'kiện công ty',
  'kiện các bạn',
  'kiện bên bạn',
  'kiện shop',
  'báo công an',
  // Safety
  'fire',
  'smoke',
  'caught fire',
  'exploded',
  'explosion',
  'injured',
  'injury',
  'hurt',
  'electric shock',
  'unsafe',
  'dangerous',
  'emergency',
  'poisoning',
  'cháy nổ',
  'bốc cháy',
  'bốc khói',
  'phát nổ',
  'bị thương',
  'điện giật',
  'nguy hiểm',
  'ngộ độc',
  'khẩn cấp',
]);

function matchesAny(words: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.some((phrase) => containsPhrase(words, phrase));
}

/** Whether the customer asks to talk to a person. */
export function asksForPerson(text: string): boolean {
  return matchesAny(foldedWords(text), ASKED_FOR_PERSON);
}

/** Whether the message carries a churn threat, a legal threat or a safety issue. */
export function isUrgent(text: string): boolean {
  return matchesAny(foldedWords(text), URGENT);
}
