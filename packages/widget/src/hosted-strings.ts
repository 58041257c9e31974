/**
 * The hosted survey page's own words (around the step strings of `respondent-strings.ts`), in the
 * respondent's language: English, and Vietnamese for `vi` / `vi-VN`. Used by the server, which renders the
 * page, and by the page's script.
 */
export interface THostedStrings {
  /** BCP 47 code of these strings, for `<html lang>` before the survey's language is known. */
  code: string;
  languageName: string;
  language: string;
  retry: string;
  poweredBy: string;
  sending: string;
  states: Record<'missing' | 'failed' | 'closed', { title: string; body: string }>;
  failures: Record<THostedFailure, string>;
}

export type THostedFailure = 'network' | 'invalid' | 'linkUsed' | 'linkInvalid';

const en: THostedStrings = {
  code: 'en',
  languageName: 'English',
  language: 'Language',
  retry: 'Try again',
  poweredBy: 'Powered by Touchpoint',
  sending: 'Sending…',
  states: {
    missing: {
      title: 'Survey not found',
      body: 'This link does not lead to an open survey. Check the address, or ask whoever sent it.',
    },
    failed: { title: 'The survey could not load', body: 'Check your connection and try again.' },
    closed: {
      title: 'This survey is closed',
      body: 'It no longer takes answers. Thank you for your interest!',
    },
  },
  failures: {
    network:
      'Your answers could not be sent. They are kept on this device: check your connection and try again.',
    invalid: 'Some answers could not be accepted. Please check them and submit again.',
    linkUsed: 'This personal link has already been used to answer.',
    linkInvalid: 'This personal link is not valid or has expired.',
  },
};

const vi: THostedStrings = {
  code: 'vi',
  languageName: 'Tiếng Việt',
  language: 'Ngôn ngữ',
  retry: 'Thử lại',
  poweredBy: 'Cung cấp bởi Touchpoint',
  sending: 'Đang gửi…',
  states: {
    missing: {
      title: 'Không tìm thấy khảo sát',
      body: 'Đường dẫn này không dẫn tới khảo sát nào đang mở. Hãy kiểm tra lại địa chỉ hoặc hỏi người đã gửi cho bạn.',
    },
    failed: { title: 'Không tải được khảo sát', body: 'Hãy kiểm tra kết nối mạng rồi thử lại.' },
    closed: {
      title: 'Khảo sát đã kết thúc',
      body: 'Khảo sát không còn nhận câu trả lời. Cảm ơn bạn đã quan tâm!',
    },
  },
  failures: {
    network:
      'Chưa gửi được câu trả lời. Câu trả lời vẫn được lưu trên thiết bị này: hãy kiểm tra kết nối mạng rồi thử lại.',
    invalid: 'Một số câu trả lời chưa hợp lệ. Vui lòng kiểm tra lại rồi gửi lần nữa.',
    linkUsed: 'Đường dẫn cá nhân này đã được dùng để trả lời.',
    linkInvalid: 'Đường dẫn cá nhân này không hợp lệ hoặc đã hết hạn.',
  },
};

/** The strings for `language` (`vi`, `vi-VN` → Vietnamese), English otherwise. */
export function hostedStrings(language: string): THostedStrings {
  return language.toLowerCase().split('-')[0] === 'vi' ? vi : en;
}
