import { resolveText } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { escapeHtml } from '../../platform/mail';

interface EmailInput {
  kind: 'invitation' | 'reminder';
  language: string;
  name: string | null;
  workspaceName: string;
  definition: TSurveyDefinition;
  surveyUrl: string;
  /** Null for an employee invitation (staff surveys have no unsubscribe). */
  unsubscribeUrl: string | null;
  /** Set for an employee programme's invitation: the copy speaks to staff and says what is kept. */
  employee?: { anonymous: boolean } | undefined;
  /** The workspace's brand (Settings → Workspace): the button colour and a logo above the greeting. */
  brand?: { color: string | null; logoUrl: string | null } | undefined;
}

const COPY = {
  en: {
    subject: (w: string) => `${w}: one quick question for you`,
    reminderSubject: (w: string) => `Reminder from ${w}: we would still love your answer`,
    greeting: (n: string | null) => (n ? `Hi ${n},` : 'Hello,'),
    intro: (w: string) => `${w} would like to hear about your experience. It takes about a minute.`,
    reminderIntro: (w: string) =>
      `A few days ago ${w} asked about your experience. There is still time to answer.`,
    button: 'Answer the survey',
    unsubscribe: 'Do not want these emails? Unsubscribe',
    employeeIntro: (w: string) =>
      `${w} would like to know how work is going for you. It takes a few minutes.`,
    anonymousNote:
      'Your answers are anonymous: they are stored without your name, email, link, IP address or exact time, and results are only shown for groups large enough that no one can tell who said what.',
  },
  vi: {
    subject: (w: string) => `${w}: một câu hỏi ngắn dành cho bạn`,
    reminderSubject: (w: string) => `${w} nhắc bạn: chúng tôi vẫn mong nhận được ý kiến của bạn`,
    greeting: (n: string | null) => (n ? `Chào ${n},` : 'Xin chào,'),
    intro: (w: string) => `${w} muốn lắng nghe trải nghiệm của bạn. Chỉ mất khoảng một phút.`,
    reminderIntro: (w: string) =>
      `Vài ngày trước, ${w} đã hỏi về trải nghiệm của bạn. Bạn vẫn còn thời gian để trả lời.`,
    button: 'Trả lời khảo sát',
    unsubscribe: 'Không muốn nhận email này nữa? Hủy đăng ký',
    employeeIntro: (w: string) => `${w} muốn biết công việc của bạn đang thế nào. Chỉ mất vài phút.`,
    anonymousNote:
      'Câu trả lời của bạn được ẩn danh: không lưu tên, email, đường dẫn, địa chỉ IP hay thời điểm chính xác, và kết quả chỉ hiển thị cho những nhóm đủ lớn để không ai biết ai đã nói gì.',
  },
} as const;

/** The invitation or reminder in the recipient's language (English copy for languages without one). */
export function renderInvitationEmail(input: EmailInput) {
  const copy = input.language === 'vi' ? COPY.vi : COPY.en;
  const first = input.definition.questions[0];
  const question = first ? resolveText(first.text, input.language, input.definition.defaultLanguage) : '';
  const intro =
    input.kind === 'reminder'
      ? copy.reminderIntro(input.workspaceName)
      : input.employee
        ? copy.employeeIntro(input.workspaceName)
        : copy.intro(input.workspaceName);
  const note = input.employee?.anonymous ? copy.anonymousNote : null;
  const subject =
    input.kind === 'reminder' ? copy.reminderSubject(input.workspaceName) : copy.subject(input.workspaceName);
  const text = [
    copy.greeting(input.name),
    '',
    intro,
    '',
    question,
    '',
    `${copy.button}: ${input.surveyUrl}`,
    ...(note ? ['', note] : []),
    ...(input.unsubscribeUrl ? ['', `${copy.unsubscribe}: ${input.unsubscribeUrl}`] : []),
  ].join('\n');
  // Checked as #rrggbb when saved; checked again because it goes into a style attribute.
  const accent =
    input.brand?.color && /^#[0-9a-fA-F]{6}$/.test(input.brand.color) ? input.brand.color : '#0f766e';
  const logo = input.brand?.logoUrl ?? null;
  const html = `<!doctype html><html lang="${input.language === 'vi' ? 'vi' : 'en'}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
${logo ? `<p><img src="${escapeHtml(logo)}" alt="${escapeHtml(input.workspaceName)}" style="max-height:48px;max-width:200px"></p>\n` : ''}<p>${escapeHtml(copy.greeting(input.name))}</p>
<p>${escapeHtml(intro)}</p>
<p style="font-size:18px;font-weight:600">${escapeHtml(question)}</p>
<p><a href="${escapeHtml(input.surveyUrl)}" style="display:inline-block;background:${accent};color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(copy.button)}</a></p>
${note ? `<p style="font-size:13px;color:#374151">${escapeHtml(note)}</p>` : ''}
${input.unsubscribeUrl ? `<p style="font-size:12px;color:#6b7280"><a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#6b7280">${escapeHtml(copy.unsubscribe)}</a></p>` : ''}
</body></html>`;
  return { subject, text, html };
}
