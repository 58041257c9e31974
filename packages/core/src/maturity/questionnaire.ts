/** Text in both languages of the app. */
export interface Bilingual {
  en: string;
  vi: string;
}

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const COMPETENCIES = [
  'strategy',
  'understanding',
  'journeys',
  'measurement',
  'action',
  'employees',
  'governance',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const LEVEL_NAMES: Record<MaturityLevel, Bilingual> = {
  1: { en: 'Ad hoc', vi: 'Tự phát' },
  2: { en: 'Emerging', vi: 'Hình thành' },
  3: { en: 'Defined', vi: 'Có quy trình' },
  4: { en: 'Managed', vi: 'Được quản lý' },
  5: { en: 'Embedded culture', vi: 'Văn hoá thấm nhuần' },
};

export const COMPETENCY_NAMES: Record<Competency, Bilingual> = {
  strategy: { en: 'Strategy and leadership', vi: 'Chiến lược và lãnh đạo' },
  understanding: { en: 'Customer understanding', vi: 'Thấu hiểu khách hàng' },
  journeys: { en: 'Journey design', vi: 'Thiết kế hành trình' },
  measurement: { en: 'Measurement', vi: 'Đo lường' },
  action: { en: 'Acting on feedback', vi: 'Hành động theo phản hồi' },
  employees: { en: 'Employee engagement', vi: 'Gắn kết nhân viên' },
  governance: { en: 'Culture and governance', vi: 'Văn hoá và quản trị' },
};

export interface MaturityQuestion {
  id: string;
  competency: Competency;
  text: Bilingual;
  /** One short description per answer 1..5, in order. */
  options: [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual];
}

type Options = MaturityQuestion['options'];
const o = (...pairs: [string, string][]): Options => pairs.map(([en, vi]) => ({ en, vi })) as Options;

/** The questionnaire: two questions per competency, each answered on the five levels. */
export const MATURITY_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 'strategy.vision',
    competency: 'strategy',
    text: {
      en: 'Is there a customer experience vision that leaders talk about and fund?',
      vi: 'Có tầm nhìn về trải nghiệm khách hàng mà lãnh đạo nói đến và cấp ngân sách không?',
    },
    options: o(
      ['No stated vision; CX depends on individuals', 'Chưa có tầm nhìn; trải nghiệm phụ thuộc từng cá nhân'],
      ['A vision exists on paper, rarely mentioned', 'Có tầm nhìn trên giấy, hiếm khi được nhắc đến'],
      ['Leaders share the vision and a CX budget exists', 'Lãnh đạo truyền đạt tầm nhìn và có ngân sách CX'],
      [
        'CX goals sit in the company plan with owners',
        'Mục tiêu CX nằm trong kế hoạch công ty, có người phụ trách',
      ],
      [
        'Every major decision is weighed against the vision',
        'Mọi quyết định lớn đều được cân nhắc theo tầm nhìn',
      ],
    ),
  },
  {
    id: 'strategy.sponsor',
    competency: 'strategy',
    text: {
      en: 'How actively does senior leadership sponsor the CX programme?',
      vi: 'Lãnh đạo cấp cao bảo trợ chương trình CX tích cực đến đâu?',
    },
    options: o(
      ['No sponsor', 'Không có người bảo trợ'],
      ['A sponsor in name only', 'Có người bảo trợ trên danh nghĩa'],
      ['A sponsor reviews results each quarter', 'Người bảo trợ xem kết quả mỗi quý'],
      ['Leaders review CX monthly and remove blockers', 'Lãnh đạo xem CX hằng tháng và tháo gỡ vướng mắc'],
      ['Leaders meet customers and model the behaviour', 'Lãnh đạo gặp khách hàng và làm gương'],
    ),
  },
  {
    id: 'understanding.research',
    competency: 'understanding',
    text: {
      en: 'How do you learn what customers need and feel?',
      vi: 'Bạn tìm hiểu nhu cầu và cảm nhận của khách hàng bằng cách nào?',
    },
    options: o(
      ['Anecdotes and complaints only', 'Chỉ qua chuyện kể và khiếu nại'],
      ['Occasional surveys, little analysis', 'Khảo sát thỉnh thoảng, ít phân tích'],
      ['Regular surveys and comment analysis', 'Khảo sát định kỳ và phân tích bình luận'],
      ['Feedback joined with behaviour and account data', 'Phản hồi kết hợp dữ liệu hành vi và tài khoản'],
      ['Insight predicts needs and shapes products', 'Thấu hiểu dự báo nhu cầu và định hình sản phẩm'],
    ),
  },
  {
    id: 'understanding.segments',
    competency: 'understanding',
    text: {
      en: 'Do you know how different customer groups experience you?',
      vi: 'Bạn có biết các nhóm khách hàng khác nhau trải nghiệm thế nào không?',
    },
    options: o(
      ['All customers are treated as one', 'Mọi khách hàng được xem như một'],
      ['Some groups named, not measured', 'Đã gọi tên vài nhóm nhưng chưa đo'],
      ['Key segments measured separately', 'Các phân khúc chính được đo riêng'],
      ['Personas backed by data guide decisions', 'Chân dung khách hàng dựa trên dữ liệu dẫn dắt quyết định'],
      [
        'Segments refresh live and drive personal service',
        'Phân khúc cập nhật liên tục và dẫn dắt dịch vụ cá nhân hoá',
      ],
    ),
  },
  {
    id: 'journeys.mapped',
    competency: 'journeys',
    text: {
      en: 'Are your customer journeys mapped and kept current?',
      vi: 'Hành trình khách hàng đã được vẽ và cập nhật chưa?',
    },
    options: o(
      ['No journey maps', 'Chưa có bản đồ hành trình'],
      ['One map from a workshop, now dated', 'Một bản đồ từ buổi hội thảo, nay đã cũ'],
      ['Main journeys mapped with their touchpoints', 'Các hành trình chính đã vẽ kèm điểm chạm'],
      ['Maps are reviewed with data every quarter', 'Bản đồ được rà soát cùng dữ liệu mỗi quý'],
      ['Journeys are designed before launches', 'Hành trình được thiết kế trước khi ra mắt'],
    ),
  },
  {
    id: 'journeys.owners',
    competency: 'journeys',
    text: {
      en: 'Does each touchpoint have an owner accountable for it?',
      vi: 'Mỗi điểm chạm có người chịu trách nhiệm không?',
    },
    options: o(
      ['No owners', 'Không có người phụ trách'],
      ['A few touchpoints have informal owners', 'Vài điểm chạm có người phụ trách không chính thức'],
      ['Most touchpoints have a named team', 'Phần lớn điểm chạm có nhóm phụ trách'],
      ['Every touchpoint has an owner with targets', 'Mọi điểm chạm có người phụ trách với chỉ tiêu'],
      ['Owners improve journeys across departments', 'Người phụ trách cải tiến hành trình xuyên phòng ban'],
    ),
  },
  {
    id: 'measurement.metrics',
    competency: 'measurement',
    text: {
      en: 'How consistently do you measure customer experience?',
      vi: 'Bạn đo lường trải nghiệm khách hàng nhất quán đến đâu?',
    },
    options: o(
      ['Not measured', 'Chưa đo lường'],
      ['One-off surveys', 'Khảo sát một lần'],
      ['NPS/CSAT collected continuously', 'NPS/CSAT được thu thập liên tục'],
      ['Metrics per touchpoint with enough responses', 'Chỉ số theo điểm chạm với đủ số phản hồi'],
      ['Metrics linked to revenue and retention', 'Chỉ số gắn với doanh thu và giữ chân khách'],
    ),
  },
  {
    id: 'measurement.use',
    competency: 'measurement',
    text: {
      en: 'Who sees the CX results and how often?',
      vi: 'Ai xem kết quả CX và bao lâu một lần?',
    },
    options: o(
      ['Nobody regularly', 'Không ai xem thường xuyên'],
      ['The CX team, now and then', 'Nhóm CX, thỉnh thoảng'],
      ['Managers get a monthly report', 'Quản lý nhận báo cáo hằng tháng'],
      ['Teams watch live dashboards', 'Các nhóm theo dõi bảng điều khiển trực tiếp'],
      ['Everyone sees results tied to their work', 'Mọi người thấy kết quả gắn với công việc của mình'],
    ),
  },
  {
    id: 'action.closeLoop',
    competency: 'action',
    text: {
      en: 'What happens when an unhappy customer gives feedback?',
      vi: 'Điều gì xảy ra khi khách hàng không hài lòng gửi phản hồi?',
    },
    options: o(
      ['Nothing systematic', 'Không có quy trình nào'],
      ['Someone follows up when they notice', 'Có người liên hệ lại khi để ý thấy'],
      ['Detractors get a case and a follow-up', 'Người không hài lòng được tạo hồ sơ và liên hệ lại'],
      ['Follow-up within a service target, tracked', 'Liên hệ lại trong thời hạn cam kết, có theo dõi'],
      [
        'Loops close fast and customers are told what changed',
        'Khép vòng nhanh và khách được báo điều đã thay đổi',
      ],
    ),
  },
  {
    id: 'action.rootCause',
    competency: 'action',
    text: {
      en: 'Do recurring problems lead to fixes at the root?',
      vi: 'Các vấn đề lặp lại có được khắc phục tận gốc không?',
    },
    options: o(
      ['Problems repeat', 'Vấn đề cứ lặp lại'],
      ['Fixes depend on who complains loudest', 'Việc sửa tuỳ vào ai phàn nàn nhiều nhất'],
      ['Top themes get an action plan', 'Các chủ đề hàng đầu có kế hoạch hành động'],
      ['Plans have owners and measured impact', 'Kế hoạch có người phụ trách và đo được tác động'],
      ['Root-cause fixes are routine and automated', 'Sửa tận gốc là việc thường ngày và được tự động hoá'],
    ),
  },
  {
    id: 'employees.voice',
    competency: 'employees',
    text: {
      en: 'Do you listen to employees about the experience they deliver?',
      vi: 'Bạn có lắng nghe nhân viên về trải nghiệm họ mang lại không?',
    },
    options: o(
      ['No employee listening', 'Không lắng nghe nhân viên'],
      ['An annual engagement survey', 'Khảo sát gắn kết hằng năm'],
      [
        'Regular pulses and frontline ideas collected',
        'Khảo sát nhanh định kỳ và thu thập ý tưởng tuyến đầu',
      ],
      ['Employee and customer results read together', 'Kết quả nhân viên và khách hàng được đọc cùng nhau'],
      ['Employees co-design improvements', 'Nhân viên cùng thiết kế cải tiến'],
    ),
  },
  {
    id: 'employees.enablement',
    competency: 'employees',
    text: {
      en: 'Are frontline staff trained and empowered to fix things for customers?',
      vi: 'Nhân viên tuyến đầu có được đào tạo và trao quyền để giải quyết cho khách không?',
    },
    options: o(
      ['No training, no authority', 'Không đào tạo, không có quyền'],
      ['Basic training only', 'Chỉ đào tạo cơ bản'],
      ['Training plus clear rules for remedies', 'Đào tạo kèm quy tắc rõ ràng để khắc phục'],
      ['Coaching from customer feedback', 'Huấn luyện dựa trên phản hồi khách hàng'],
      ['Staff act freely and are recognised for it', 'Nhân viên chủ động hành động và được ghi nhận'],
    ),
  },
  {
    id: 'governance.structure',
    competency: 'governance',
    text: {
      en: 'Who governs the CX programme?',
      vi: 'Ai quản trị chương trình CX?',
    },
    options: o(
      ['No one', 'Không ai cả'],
      ['One enthusiast', 'Một người nhiệt tình'],
      ['A CX team with a charter', 'Một nhóm CX có điều lệ'],
      ['A cross-functional council meets regularly', 'Hội đồng liên phòng ban họp định kỳ'],
      ['CX is part of how the company is run', 'CX là một phần cách vận hành công ty'],
    ),
  },
  {
    id: 'governance.incentives',
    competency: 'governance',
    text: {
      en: 'Are CX results part of goals, recognition and rewards?',
      vi: 'Kết quả CX có nằm trong mục tiêu, ghi nhận và khen thưởng không?',
    },
    options: o(
      ['Not at all', 'Hoàn toàn không'],
      ['Mentioned in some reviews', 'Được nhắc trong vài buổi đánh giá'],
      ['Part of managers’ goals', 'Nằm trong mục tiêu của quản lý'],
      ['Part of every team’s goals', 'Nằm trong mục tiêu của mọi nhóm'],
      [
        'Customer outcomes drive pay and promotion',
        'Kết quả khách hàng quyết định lương thưởng và thăng tiến',
      ],
    ),
  },
];
