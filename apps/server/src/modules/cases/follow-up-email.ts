import type { TFollowUpTemplate } from '@touchpoint/schemas';
import { escapeHtml } from '../../platform/mail';

// Follow-up emails to the customer behind a case, in English and Vietnamese. Templates hold placeholders
// ({{customerName}}, {{caseNumber}}, {{agentName}}) that are filled when the follow-up is written, so what
// the agent previewed is what is stored and sent. The "Did we resolve this?" links are added when sending.

export type FollowUpLanguage = 'en' | 'vi';

const TEMPLATES: Record<FollowUpLanguage, Record<TFollowUpTemplate, { subject: string; body: string }>> = {
  en: {
    apology: {
      subject: 'We are sorry about your recent experience (case #{{caseNumber}})',
      body: [
        'Hi {{customerName}},',
        '',
        'Thank you for telling us about your experience, and I am sorry we let you down. I have looked into it personally and I am working on putting it right.',
        '',
        'If there is anything else you would like us to know, just reply to this email.',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
    resolution: {
      subject: 'Your issue has been resolved (case #{{caseNumber}})',
      body: [
        'Hi {{customerName}},',
        '',
        'Thank you for your patience. The problem you told us about has now been resolved.',
        '',
        'We would love to know whether this settles it for you: one click below tells us.',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
    check_in: {
      subject: 'Checking in on your feedback (case #{{caseNumber}})',
      body: [
        'Hi {{customerName}},',
        '',
        'We read your feedback and wanted to check in with you personally. Is everything all right now?',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
  },
  vi: {
    apology: {
      subject: 'Chúng tôi xin lỗi về trải nghiệm vừa qua của bạn (hồ sơ #{{caseNumber}})',
      body: [
        'Chào {{customerName}},',
        '',
        'Cảm ơn bạn đã chia sẻ trải nghiệm của mình, và chúng tôi thành thật xin lỗi vì đã làm bạn thất vọng. Tôi đã trực tiếp xem xét và đang khắc phục vấn đề.',
        '',
        'Nếu bạn muốn chia sẻ thêm điều gì, chỉ cần trả lời email này.',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
    resolution: {
      subject: 'Vấn đề của bạn đã được giải quyết (hồ sơ #{{caseNumber}})',
      body: [
        'Chào {{customerName}},',
        '',
        'Cảm ơn bạn đã kiên nhẫn chờ đợi. Vấn đề bạn báo cho chúng tôi đã được giải quyết.',
        '',
        'Chúng tôi rất muốn biết vấn đề đã thực sự được giải quyết với bạn chưa: chỉ cần một cú nhấp bên dưới.',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
    check_in: {
      subject: 'Chúng tôi muốn hỏi thăm về góp ý của bạn (hồ sơ #{{caseNumber}})',
      body: [
        'Chào {{customerName}},',
        '',
        'Chúng tôi đã đọc góp ý của bạn và muốn trực tiếp hỏi thăm bạn. Mọi việc hiện giờ đã ổn chưa?',
        '',
        '{{agentName}}',
      ].join('\n'),
    },
  },
};

const COPY: Record<FollowUpLanguage, { anonymous: string; question: string; yes: string; no: string }> = {
  en: { anonymous: 'there', question: 'Did we resolve this?', yes: 'Yes', no: 'No' },
  vi: {
    anonymous: 'bạn',
    question: 'Chúng tôi đã giải quyết được vấn đề của bạn chưa?',
    yes: 'Rồi',
    no: 'Chưa',
  },
};

/** `en` or `vi` from a contact's language/locale attribute (e.g. `vi-VN`), else the workspace default. */
export function followUpLanguage(value: unknown, fallback: FollowUpLanguage = 'en'): FollowUpLanguage {
  if (typeof value !== 'string') return fallback;
  const code = value.trim().toLowerCase().slice(0, 2);
  return code === 'vi' ? 'vi' : code === 'en' ? 'en' : fallback;
}

export interface Placeholders {
  customerName: string | null;
  caseNumber: number;
  agentName: string;
}

/** Replaces {{customerName}}, {{caseNumber}} and {{agentName}}; unknown placeholders are left as written. */
export function fillPlaceholders(text: string, language: FollowUpLanguage, values: Placeholders): string {
  const map: Record<string, string> = {
    customerName: values.customerName?.trim() || COPY[language].anonymous,
    caseNumber: String(values.caseNumber),
    agentName: values.agentName,
  };
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => map[key] ?? whole);
}

export function renderTemplate(
  template: TFollowUpTemplate,
  language: FollowUpLanguage,
  values: Placeholders,
) {
  const t = TEMPLATES[language][template];
  return {
    subject: fillPlaceholders(t.subject, language, values),
    body: fillPlaceholders(t.body, language, values),
  };
}

/** The email as sent: the stored message plus the "Did we resolve this? Yes / No" reply links. */
export function renderFollowUpEmail(input: {
  language: FollowUpLanguage;
  subject: string;
  body: string;
  replyUrl: string;
}) {
  const copy = COPY[input.language];
  const yesUrl = `${input.replyUrl}?answer=yes`;
  const noUrl = `${input.replyUrl}?answer=no`;
  const text = [input.body, '', '—', copy.question, `${copy.yes}: ${yesUrl}`, `${copy.no}: ${noUrl}`].join(
    '\n',
  );
  const paragraphs = input.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const button = (label: string, url: string, color: string) =>
    `<a href="${escapeHtml(url)}" style="display:inline-block;background:${color};color:#fff;padding:8px 18px;border-radius:6px;text-decoration:none;margin-right:8px">${escapeHtml(label)}</a>`;
  const html = `<!doctype html><html lang="${input.language}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
${paragraphs}
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">
<p style="font-weight:600">${escapeHtml(copy.question)}</p>
<p>${button(copy.yes, yesUrl, '#0f766e')}${button(copy.no, noUrl, '#6b7280')}</p>
</body></html>`;
  return { subject: input.subject, text, html };
}
