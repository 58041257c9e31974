import type {
  TCondition,
  TEnding,
  TLogicRule,
  TQuestion,
  TSurveyDefinition,
  TText,
} from '@touchpoint/schemas';

/** A ready-made survey an author starts from; every text is in English and Vietnamese. */
export interface SurveyTemplate {
  id: string;
  name: TText;
  description: TText;
  definition: TSurveyDefinition;
}

const t = (en: string, vi: string): TText => ({ en, vi });

const openText = (id: string, text: TText, required = false): TQuestion => ({
  id,
  type: 'open_text',
  text,
  required,
  maxLength: 2_000,
  multiline: true,
});

/**
 * A logic rule. The schema names its outcome `then`; it is an object, never a function, so a rule is not a
 * thenable, and keeping the key in this one place keeps the lint exception in one place.
 */
const rule = (after: string, condition: TCondition, outcome: TLogicRule['then']): TLogicRule => ({
  after,
  if: condition,
  then: outcome,
});

const option = (id: string, label: TText) => ({ id, label });

const agreement = {
  lowLabel: t('Strongly disagree', 'Hoàn toàn không đồng ý'),
  highLabel: t('Strongly agree', 'Hoàn toàn đồng ý'),
};

const thanks = (message: TText): TEnding => ({
  id: 'thanks',
  title: t('Thank you!', 'Cảm ơn bạn!'),
  message,
});

const bilingual = { defaultLanguage: 'en', languages: ['en', 'vi'] };

const relationshipNps: SurveyTemplate = {
  id: 'relationship-nps',
  name: t('Relationship NPS', 'NPS quan hệ khách hàng'),
  description: t(
    'A periodic check of loyalty: the Net Promoter question, a follow-up tailored to detractors, passives and promoters, and permission to follow up.',
    'Khảo sát định kỳ về mức độ trung thành: câu hỏi NPS, câu hỏi tiếp theo dành riêng cho nhóm không hài lòng, trung lập và ủng hộ, cùng sự đồng ý để chúng tôi liên hệ lại.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'nps',
        type: 'nps',
        text: t(
          'How likely are you to recommend us to a friend or colleague?',
          'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp không?',
        ),
        required: true,
        lowLabel: t('Not at all likely', 'Hoàn toàn không'),
        highLabel: t('Extremely likely', 'Chắc chắn có'),
      },
      openText('improve', t('What should we improve?', 'Chúng tôi nên cải thiện điều gì?')),
      openText(
        'passive_reason',
        t(
          'What would make you more likely to recommend us?',
          'Điều gì sẽ khiến bạn sẵn lòng giới thiệu chúng tôi hơn?',
        ),
      ),
      openText('love', t('What do you love most about us?', 'Bạn thích điều gì nhất ở chúng tôi?')),
      {
        id: 'contact_ok',
        type: 'single_choice',
        text: t(
          'May we contact you about your feedback?',
          'Chúng tôi có thể liên hệ lại với bạn về góp ý này không?',
        ),
        required: false,
        options: [option('yes', t('Yes', 'Có')), option('no', t('No', 'Không'))],
      },
    ],
    hiddenFields: ['source'],
    logic: [
      // Detractors 0–6 go to "improve", passives 7–8 to "passive_reason", promoters 9–10 to "love"; each then
      // joins "contact_ok".
      rule('nps', { field: 'nps', op: 'lte', value: 6 }, { goTo: 'improve' }),
      rule('nps', { field: 'nps', op: 'in', value: [7, 8] }, { goTo: 'passive_reason' }),
      rule('nps', { field: 'nps', op: 'gte', value: 9 }, { goTo: 'love' }),
      rule('improve', { field: 'nps', op: 'lte', value: 6 }, { goTo: 'contact_ok' }),
      rule('passive_reason', { field: 'nps', op: 'lte', value: 8 }, { goTo: 'contact_ok' }),
    ],
    endings: [
      thanks(
        t(
          'Your feedback helps us serve you better. We read every answer.',
          'Góp ý của bạn giúp chúng tôi phục vụ bạn tốt hơn. Chúng tôi đọc từng câu trả lời.',
        ),
      ),
    ],
  },
};

const transactionalCsat: SurveyTemplate = {
  id: 'transactional-csat',
  name: t('Transactional CSAT', 'CSAT sau giao dịch'),
  description: t(
    'Right after a purchase, delivery or visit: satisfaction on a 1–5 scale, what went wrong for the unhappy, and what went well for the happy.',
    'Gửi ngay sau khi mua hàng, giao hàng hoặc ghé cửa hàng: mức độ hài lòng theo thang 1–5, điều chưa tốt với khách chưa hài lòng và điều làm tốt với khách hài lòng.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'csat',
        type: 'csat',
        text: t(
          'How satisfied are you with your recent experience with us?',
          'Bạn hài lòng đến mức nào với trải nghiệm vừa rồi cùng chúng tôi?',
        ),
        required: true,
      },
      {
        id: 'issues',
        type: 'multiple_choice',
        text: t('What went wrong?', 'Điều gì khiến bạn chưa hài lòng?'),
        description: t('Select all that apply.', 'Bạn có thể chọn nhiều đáp án.'),
        required: false,
        options: [
          option('delivery', t('Slow or late delivery', 'Giao hàng chậm hoặc trễ hẹn')),
          option('quality', t('Product quality', 'Chất lượng sản phẩm')),
          option('staff', t('Staff attitude', 'Thái độ nhân viên')),
          option('price', t('Price', 'Giá cả')),
          option('other', t('Something else', 'Vấn đề khác')),
        ],
        minSelected: 1,
      },
      openText(
        'issues_detail',
        t('Tell us more about what happened.', 'Hãy kể thêm cho chúng tôi về điều đã xảy ra.'),
      ),
      openText('highlight', t('What did we do well?', 'Chúng tôi đã làm tốt điều gì?')),
    ],
    hiddenFields: ['order_id', 'source'],
    logic: [
      rule('csat', { field: 'csat', op: 'gte', value: 4 }, { goTo: 'highlight' }),
      rule('issues_detail', { field: 'csat', op: 'lte', value: 3 }, { end: 'thanks' }),
    ],
    endings: [
      thanks(
        t(
          'Thank you for taking the time to tell us how we did.',
          'Cảm ơn bạn đã dành thời gian cho chúng tôi biết trải nghiệm của mình.',
        ),
      ),
    ],
  },
};

const postSupportCes: SurveyTemplate = {
  id: 'post-support-ces',
  name: t('Post-support CES', 'CES sau hỗ trợ'),
  description: t(
    'After a support ticket or chat is resolved: how easy it was to get help, whether the issue is fixed, what made it hard, and the agent’s rating.',
    'Sau khi yêu cầu hỗ trợ hoặc cuộc trò chuyện được xử lý: mức độ dễ dàng khi được hỗ trợ, vấn đề đã được giải quyết chưa, điều gì gây khó khăn và đánh giá nhân viên hỗ trợ.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'ces',
        type: 'ces',
        text: t(
          'To what extent do you agree: “The company made it easy for me to handle my issue.”',
          'Bạn đồng ý ở mức nào với nhận định: “Công ty đã giúp tôi giải quyết vấn đề một cách dễ dàng.”',
        ),
        required: true,
      },
      {
        id: 'resolved',
        type: 'single_choice',
        text: t('Was your issue resolved?', 'Vấn đề của bạn đã được giải quyết chưa?'),
        required: true,
        options: [
          option('yes', t('Yes, fully', 'Đã giải quyết xong')),
          option('partly', t('Partly', 'Mới giải quyết một phần')),
          option('no', t('No', 'Chưa được giải quyết')),
        ],
      },
      openText(
        'effort_reason',
        t(
          'What made it hard, or what is still unresolved?',
          'Điều gì khiến bạn gặp khó khăn, hoặc vấn đề nào vẫn chưa được giải quyết?',
        ),
      ),
      {
        id: 'agent_csat',
        type: 'csat',
        text: t(
          'How satisfied are you with the agent who helped you?',
          'Bạn hài lòng đến mức nào với nhân viên đã hỗ trợ bạn?',
        ),
        required: false,
      },
    ],
    hiddenFields: ['ticket_id', 'agent_id'],
    logic: [
      // Easy (5–7 agree) and fully resolved: no need to ask what was hard.
      rule(
        'resolved',
        {
          all: [
            { field: 'ces', op: 'gte', value: 5 },
            { field: 'resolved', op: 'eq', value: 'yes' },
          ],
        },
        { goTo: 'agent_csat' },
      ),
    ],
    endings: [
      thanks(
        t(
          'Thanks! Your answers help our support team get better every day.',
          'Cảm ơn bạn! Câu trả lời của bạn giúp đội ngũ hỗ trợ của chúng tôi tốt hơn mỗi ngày.',
        ),
      ),
    ],
  },
};

const enpsPulse: SurveyTemplate = {
  id: 'enps-pulse',
  name: t('eNPS pulse', 'Khảo sát nhanh eNPS'),
  description: t(
    'A short, regular employee pulse: eNPS, its main reason, three quick statements on workload, growth and support, and one suggestion.',
    'Khảo sát nhanh định kỳ dành cho nhân viên: eNPS, lý do chính, ba nhận định ngắn về khối lượng công việc, cơ hội phát triển và sự hỗ trợ, cùng một đề xuất.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'enps',
        type: 'nps',
        text: t(
          'How likely are you to recommend our company as a place to work?',
          'Bạn có sẵn lòng giới thiệu công ty mình là một nơi đáng để làm việc không?',
        ),
        required: true,
        lowLabel: t('Not at all likely', 'Hoàn toàn không'),
        highLabel: t('Extremely likely', 'Chắc chắn có'),
      },
      openText(
        'enps_reason',
        t('What is the main reason for your score?', 'Lý do chính cho điểm số của bạn là gì?'),
      ),
      {
        id: 'workload',
        type: 'rating',
        text: t('My workload is manageable.', 'Khối lượng công việc của tôi ở mức hợp lý.'),
        required: true,
        min: 1,
        max: 5,
        ...agreement,
      },
      {
        id: 'growth',
        type: 'rating',
        text: t('I have opportunities to learn and grow here.', 'Tôi có cơ hội học hỏi và phát triển ở đây.'),
        required: true,
        min: 1,
        max: 5,
        ...agreement,
      },
      {
        id: 'support',
        type: 'rating',
        text: t('My manager supports me when I need it.', 'Quản lý trực tiếp hỗ trợ tôi khi tôi cần.'),
        required: true,
        min: 1,
        max: 5,
        ...agreement,
      },
      openText(
        'low_pulse_detail',
        t(
          'You disagreed with at least one statement. What would help most?',
          'Bạn chưa đồng ý với ít nhất một nhận định. Điều gì sẽ giúp ích cho bạn nhất?',
        ),
      ),
      openText(
        'suggestion',
        t(
          'What one change would make this a better place to work?',
          'Một thay đổi nào sẽ giúp nơi đây trở thành nơi làm việc tốt hơn?',
        ),
      ),
    ],
    hiddenFields: ['department'],
    logic: [
      // Only ask what would help when a pulse statement got a 1 or 2.
      rule(
        'support',
        {
          not: {
            any: [
              { field: 'workload', op: 'lte', value: 2 },
              { field: 'growth', op: 'lte', value: 2 },
              { field: 'support', op: 'lte', value: 2 },
            ],
          },
        },
        { goTo: 'suggestion' },
      ),
    ],
    endings: [
      thanks(
        t(
          'Thank you! Your feedback helps make this a better place to work.',
          'Cảm ơn bạn! Góp ý của bạn giúp nơi làm việc của chúng ta ngày càng tốt hơn.',
        ),
      ),
    ],
  },
};

const agree = (id: string, en: string, vi: string): TQuestion => ({
  id,
  type: 'rating',
  text: t(en, vi),
  required: true,
  min: 1,
  max: 5,
  ...agreement,
});

/** Engagement drivers for an employee programme; the statement ids are the drivers' names. */
const engagementPulse: SurveyTemplate = {
  id: 'engagement-pulse',
  name: t('Engagement pulse', 'Khảo sát nhanh mức độ gắn kết'),
  description: t(
    'An employee engagement pulse: eNPS and the drivers behind it (recognition, growth, workload, manager support, tools), with one open comment. Meant to run anonymously on a schedule.',
    'Khảo sát nhanh mức độ gắn kết của nhân viên: eNPS và các yếu tố phía sau (ghi nhận, phát triển, khối lượng công việc, hỗ trợ của quản lý, công cụ), cùng một góp ý mở. Nên chạy ẩn danh theo lịch.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'enps',
        type: 'nps',
        text: t(
          'How likely are you to recommend our company as a place to work?',
          'Bạn có sẵn lòng giới thiệu công ty mình là một nơi đáng để làm việc không?',
        ),
        required: true,
        lowLabel: t('Not at all likely', 'Hoàn toàn không'),
        highLabel: t('Extremely likely', 'Chắc chắn có'),
      },
      agree(
        'recognition',
        'I receive recognition when I do good work.',
        'Tôi được ghi nhận khi làm tốt công việc.',
      ),
      agree(
        'growth',
        'I have opportunities to learn and grow here.',
        'Tôi có cơ hội học hỏi và phát triển ở đây.',
      ),
      agree('workload', 'My workload is manageable.', 'Khối lượng công việc của tôi ở mức hợp lý.'),
      agree(
        'manager_support',
        'My manager supports me when I need it.',
        'Quản lý trực tiếp hỗ trợ tôi khi tôi cần.',
      ),
      agree(
        'tools',
        'I have the tools and resources I need to do my job well.',
        'Tôi có đủ công cụ và nguồn lực để làm tốt công việc.',
      ),
      openText(
        'comment',
        t(
          'Anything else you would like to tell us? (Comments are shown only for large enough groups.)',
          'Bạn còn điều gì muốn chia sẻ không? (Góp ý chỉ được hiển thị cho những nhóm đủ lớn.)',
        ),
      ),
    ],
    hiddenFields: [],
    logic: [],
    endings: [
      thanks(
        t(
          'Thank you! Your answers are anonymous and help make this a better place to work.',
          'Cảm ơn bạn! Câu trả lời của bạn được ẩn danh và giúp nơi làm việc ngày càng tốt hơn.',
        ),
      ),
    ],
  },
};

const productMarketFit: SurveyTemplate = {
  id: 'product-market-fit',
  name: t('Product-market fit', 'Mức độ phù hợp sản phẩm – thị trường'),
  description: t(
    'The Sean Ellis test: the share of active users who would be “very disappointed” without the product, with who benefits most, the main benefit and what to improve.',
    'Phép thử Sean Ellis: tỷ lệ người dùng sẽ “rất thất vọng” nếu không còn sản phẩm, cùng với nhóm người hưởng lợi nhiều nhất, lợi ích chính và điều cần cải thiện.',
  ),
  definition: {
    ...bilingual,
    questions: [
      {
        id: 'pmf',
        type: 'single_choice',
        text: t(
          'How would you feel if you could no longer use this product?',
          'Bạn sẽ cảm thấy thế nào nếu không thể sử dụng sản phẩm này nữa?',
        ),
        required: true,
        options: [
          option('very_disappointed', t('Very disappointed', 'Rất thất vọng')),
          option('somewhat_disappointed', t('Somewhat disappointed', 'Hơi thất vọng')),
          option(
            'not_disappointed',
            t(
              'Not disappointed (it isn’t really that useful)',
              'Không thất vọng (sản phẩm không thực sự hữu ích)',
            ),
          ),
          option('no_longer_use', t('N/A – I no longer use it', 'Không áp dụng – tôi không còn sử dụng nữa')),
        ],
      },
      openText('stopped_reason', t('Why did you stop using it?', 'Vì sao bạn ngừng sử dụng sản phẩm?')),
      openText(
        'persona',
        t(
          'What type of people do you think would benefit most from this product?',
          'Theo bạn, những ai sẽ được hưởng lợi nhiều nhất từ sản phẩm này?',
        ),
      ),
      openText(
        'main_benefit',
        t(
          'What is the main benefit you get from this product?',
          'Lợi ích chính mà bạn nhận được từ sản phẩm này là gì?',
        ),
      ),
      openText(
        'alternative',
        t(
          'What would you use instead if this product were no longer available?',
          'Bạn sẽ dùng gì để thay thế nếu sản phẩm này không còn nữa?',
        ),
      ),
      openText(
        'improve',
        t(
          'How can we improve this product for you?',
          'Chúng tôi có thể cải thiện sản phẩm này thế nào cho bạn?',
        ),
      ),
    ],
    hiddenFields: ['plan'],
    logic: [
      // Lapsed users are outside the test: ask why they stopped, then finish.
      rule('pmf', { field: 'pmf', op: 'neq', value: 'no_longer_use' }, { goTo: 'persona' }),
      rule('stopped_reason', { field: 'pmf', op: 'eq', value: 'no_longer_use' }, { end: 'thanks' }),
    ],
    endings: [
      thanks(
        t(
          'Thank you! Your answers shape what we build next.',
          'Cảm ơn bạn! Câu trả lời của bạn sẽ định hướng những gì chúng tôi phát triển tiếp theo.',
        ),
      ),
    ],
  },
};

/**
 * Ready templates in English and Vietnamese: relationship NPS, transactional CSAT, post-support CES,
 * eNPS pulse and product-market fit (Sean Ellis). Each passes `validateDefinition`. Deeply frozen:
 * `structuredClone` a definition before editing it.
 */
// Marked pure so that a bundle that never reads the templates (the widget) drops them.
export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = /* @__PURE__ */ deepFreeze([
  relationshipNps,
  transactionalCsat,
  postSupportCes,
  enpsPulse,
  engagementPulse,
  productMarketFit,
]);

/** Frozen so that one caller editing a template in place cannot change it for every later caller. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
