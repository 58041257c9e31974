/**
 * The words around the questions, in the respondent's language (the survey's language for this person).
 * The same wording as the hosted page's `respondent` strings, kept here without i18next to stay small.
 * `{n}` is replaced with a count.
 */
export interface TRespondentStrings {
  close: string;
  required: string;
  next: string;
  back: string;
  submit: string;
  progress: string;
  npsLow: string;
  npsHigh: string;
  chooseAll: string;
  chooseUpTo: string;
  charactersLeft: string;
  thanksTitle: string;
  thanksBody: string;
  /** Point labels of CSAT 1–5 and CES 1–7. */
  csat: string[];
  ces: string[];
  answerRequired: string;
  tooFew: string;
  tooMany: string;
  tooLong: string;
}

const en: TRespondentStrings = {
  close: 'Close',
  required: 'required',
  next: 'Next',
  back: 'Back',
  submit: 'Submit',
  progress: 'Progress',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  chooseAll: 'Choose all that apply.',
  chooseUpTo: 'Choose up to {n}.',
  charactersLeft: '{n} characters left',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your answers have been recorded.',
  csat: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  ces: [
    'Strongly disagree',
    'Disagree',
    'Somewhat disagree',
    'Neither agree nor disagree',
    'Somewhat agree',
    'Agree',
    'Strongly agree',
  ],
  answerRequired: 'Please answer this question.',
  tooFew: 'Choose at least {n}.',
  tooMany: 'Choose at most {n}.',
  tooLong: 'Keep it to {n} characters.',
};

const vi: TRespondentStrings = {
  close: 'Đóng',
  required: 'bắt buộc',
  next: 'Tiếp tục',
  back: 'Quay lại',
  submit: 'Gửi',
  progress: 'Tiến độ',
  npsLow: 'Hoàn toàn không',
  npsHigh: 'Chắc chắn có',
  chooseAll: 'Chọn tất cả các ý phù hợp.',
  chooseUpTo: 'Chọn tối đa {n} ý.',
  charactersLeft: 'Còn {n} ký tự',
  thanksTitle: 'Cảm ơn bạn!',
  thanksBody: 'Câu trả lời của bạn đã được ghi nhận.',
  csat: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  ces: [
    'Hoàn toàn không đồng ý',
    'Không đồng ý',
    'Hơi không đồng ý',
    'Trung lập',
    'Hơi đồng ý',
    'Đồng ý',
    'Hoàn toàn đồng ý',
  ],
  answerRequired: 'Vui lòng trả lời câu hỏi này.',
  tooFew: 'Hãy chọn ít nhất {n} ý.',
  tooMany: 'Hãy chọn tối đa {n} ý.',
  tooLong: 'Vui lòng viết không quá {n} ký tự.',
};

/** The strings for `language` (`vi`, `vi-VN` → Vietnamese), English otherwise. */
export function respondentStrings(language: string): TRespondentStrings {
  return language.toLowerCase().split('-')[0] === 'vi' ? vi : en;
}

/** A string with its `{n}` filled in. */
export function withCount(text: string, count: number): string {
  return text.replace('{n}', String(count));
}
