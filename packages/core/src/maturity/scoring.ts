import {
  type Bilingual,
  COMPETENCIES,
  type Competency,
  MATURITY_QUESTIONS,
  type MaturityLevel,
} from './questionnaire';

export type MaturityAnswers = Record<string, number>;

export interface AnswerProblem {
  questionId: string;
  reason: 'unknown question' | 'must be an integer from 1 to 5' | 'not answered';
}

/**
 * Every question must be answered (no partial assessments: a competency scored from one answer of two
 * would not compare with the next assessment), with an integer 1..5, and no unknown question ids.
 */
export function validateAnswers(answers: MaturityAnswers): AnswerProblem[] {
  const known = new Set(MATURITY_QUESTIONS.map((q) => q.id));
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    if (!known.has(questionId)) problems.push({ questionId, reason: 'unknown question' });
    else if (!Number.isInteger(value) || value < 1 || value > 5) {
      problems.push({ questionId, reason: 'must be an integer from 1 to 5' });
    }
  }
  for (const q of MATURITY_QUESTIONS) {
    if (!(q.id in answers)) problems.push({ questionId: q.id, reason: 'not answered' });
  }
  return problems;
}

export interface CompetencyScore {
  id: Competency;
  /** Mean of the competency's answers, rounded to two decimals. */
  score: number;
  /** The level the competency stands at: the floor of its score. */
  level: MaturityLevel;
}

export interface Recommendation {
  competency: Competency;
  level: MaturityLevel;
  text: Bilingual;
}

export interface MaturityResult {
  level: MaturityLevel;
  /** Mean of the competency scores, rounded to two decimals. */
  mean: number;
  competencies: CompetencyScore[];
  recommendations: Recommendation[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const asLevel = (n: number): MaturityLevel => Math.min(5, Math.max(1, Math.floor(n))) as MaturityLevel;

/**
 * Scores a complete, valid set of answers.
 * - competency score: the mean of its answers; its level is the floor of that mean;
 * - overall level: the floor of the mean of the competency scores, capped at the weakest competency's
 *   level + 1 (a programme is not "managed" while one competency is still ad hoc);
 * - recommendations: the next step for each competency at its level, weakest competencies first.
 */
export function scoreMaturity(answers: MaturityAnswers): MaturityResult {
  const competencies = COMPETENCIES.map((id): CompetencyScore => {
    const values = MATURITY_QUESTIONS.filter((q) => q.competency === id).map((q) => answers[q.id] ?? 1);
    const score = round2(values.reduce((s, v) => s + v, 0) / values.length);
    return { id, score, level: asLevel(score) };
  });
  const mean = competencies.reduce((s, c) => s + c.score, 0) / competencies.length;
  const weakest = Math.min(...competencies.map((c) => c.level));
  const level = asLevel(Math.min(Math.floor(mean + 1e-9), weakest + 1));
  const recommendations = [...competencies]
    .sort((x, y) => x.score - y.score || COMPETENCIES.indexOf(x.id) - COMPETENCIES.indexOf(y.id))
    .map((c) => ({ competency: c.id, level: c.level, text: NEXT_STEPS[c.id][c.level] }));
  return { level, mean: round2(mean), competencies, recommendations };
}

export interface PersonView {
  userId: string | null;
  role: string;
  competencies: { id: Competency; score: number }[];
}

export interface CompetencyComparison {
  id: Competency;
  min: number;
  max: number;
  /** max − min: how far apart the people's views are. */
  spread: number;
  scores: { userId: string | null; role: string; score: number }[];
}

/** Compares several people's views (one assessment each) per competency. */
export function compareViews(views: PersonView[]): CompetencyComparison[] {
  if (views.length === 0) return [];
  return COMPETENCIES.map((id) => {
    const scores = views.map((v) => ({
      userId: v.userId,
      role: v.role,
      score: v.competencies.find((c) => c.id === id)?.score ?? 0,
    }));
    const values = scores.map((s) => s.score);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return { id, min, max, spread: round2(max - min), scores };
  });
}

/** The next step for a competency standing at a level (at 5: how to keep it there). */
export const NEXT_STEPS: Record<Competency, Record<MaturityLevel, Bilingual>> = {
  strategy: {
    1: {
      en: 'Write a one-page CX vision and find an executive sponsor.',
      vi: 'Viết tầm nhìn CX một trang và tìm một lãnh đạo bảo trợ.',
    },
    2: {
      en: 'Give the vision a budget and a quarterly review with the sponsor.',
      vi: 'Cấp ngân sách cho tầm nhìn và rà soát hằng quý với người bảo trợ.',
    },
    3: {
      en: 'Put two or three CX goals with owners into the company plan.',
      vi: 'Đưa hai hoặc ba mục tiêu CX có người phụ trách vào kế hoạch công ty.',
    },
    4: {
      en: 'Require a customer impact note on every major decision.',
      vi: 'Yêu cầu ghi chú tác động đến khách hàng cho mọi quyết định lớn.',
    },
    5: {
      en: 'Keep leaders close to customers: regular listening sessions.',
      vi: 'Giữ lãnh đạo gần khách hàng: các buổi lắng nghe định kỳ.',
    },
  },
  understanding: {
    1: {
      en: 'Start one continuous survey at your busiest touchpoint.',
      vi: 'Bắt đầu một khảo sát liên tục ở điểm chạm đông khách nhất.',
    },
    2: {
      en: 'Read the comments every week and tag the main topics.',
      vi: 'Đọc bình luận hằng tuần và gắn thẻ các chủ đề chính.',
    },
    3: {
      en: 'Join feedback with contact and account data to compare segments.',
      vi: 'Kết hợp phản hồi với dữ liệu liên hệ và tài khoản để so sánh phân khúc.',
    },
    4: {
      en: 'Use churn signals to act before customers leave.',
      vi: 'Dùng tín hiệu rời bỏ để hành động trước khi khách ra đi.',
    },
    5: {
      en: 'Share insight with product teams before each roadmap cycle.',
      vi: 'Chia sẻ thấu hiểu với nhóm sản phẩm trước mỗi chu kỳ lộ trình.',
    },
  },
  journeys: {
    1: {
      en: 'Map your main journey and list its touchpoints.',
      vi: 'Vẽ hành trình chính và liệt kê các điểm chạm.',
    },
    2: {
      en: 'Give every touchpoint an owning team.',
      vi: 'Giao mỗi điểm chạm cho một nhóm phụ trách.',
    },
    3: {
      en: 'Review journey maps with their scores every quarter.',
      vi: 'Rà soát bản đồ hành trình cùng điểm số mỗi quý.',
    },
    4: {
      en: 'Design the journey before launching a new product or channel.',
      vi: 'Thiết kế hành trình trước khi ra mắt sản phẩm hay kênh mới.',
    },
    5: {
      en: 'Retire touchpoints that add effort without value.',
      vi: 'Loại bỏ điểm chạm gây thêm công sức mà không tạo giá trị.',
    },
  },
  measurement: {
    1: {
      en: 'Choose one metric (NPS or CSAT) and collect it continuously.',
      vi: 'Chọn một chỉ số (NPS hoặc CSAT) và thu thập liên tục.',
    },
    2: {
      en: 'Send a monthly results report to managers.',
      vi: 'Gửi báo cáo kết quả hằng tháng cho các quản lý.',
    },
    3: {
      en: 'Measure per touchpoint and watch response rates.',
      vi: 'Đo theo từng điểm chạm và theo dõi tỷ lệ phản hồi.',
    },
    4: {
      en: 'Link scores to retention and revenue.',
      vi: 'Liên kết điểm số với tỷ lệ giữ chân và doanh thu.',
    },
    5: {
      en: 'Check each year that your metrics still predict behaviour.',
      vi: 'Kiểm tra hằng năm xem chỉ số còn dự báo được hành vi không.',
    },
  },
  action: {
    1: {
      en: 'Open a case for every detractor and call them back.',
      vi: 'Mở hồ sơ cho mỗi người không hài lòng và gọi lại cho họ.',
    },
    2: {
      en: 'Set a follow-up time target and track loop closure.',
      vi: 'Đặt thời hạn liên hệ lại và theo dõi tỷ lệ khép vòng.',
    },
    3: {
      en: 'Turn recurring themes into action plans with owners.',
      vi: 'Biến các chủ đề lặp lại thành kế hoạch hành động có người phụ trách.',
    },
    4: {
      en: 'Automate routine follow-ups and tell customers what changed.',
      vi: 'Tự động hoá việc liên hệ lại thường lệ và báo khách điều đã thay đổi.',
    },
    5: {
      en: 'Measure the impact of every fix on scores and churn.',
      vi: 'Đo tác động của mỗi cải tiến lên điểm số và tỷ lệ rời bỏ.',
    },
  },
  employees: {
    1: {
      en: 'Ask frontline staff what stops them helping customers.',
      vi: 'Hỏi nhân viên tuyến đầu điều gì cản trở họ giúp khách.',
    },
    2: {
      en: 'Run a short employee pulse each quarter.',
      vi: 'Thực hiện khảo sát nhanh nhân viên mỗi quý.',
    },
    3: {
      en: 'Read employee and customer results side by side.',
      vi: 'Đọc kết quả nhân viên và khách hàng song song.',
    },
    4: {
      en: 'Coach agents with their customers’ comments.',
      vi: 'Huấn luyện nhân viên bằng bình luận của chính khách hàng họ phục vụ.',
    },
    5: {
      en: 'Invite employees to design the next improvements.',
      vi: 'Mời nhân viên cùng thiết kế các cải tiến tiếp theo.',
    },
  },
  governance: {
    1: {
      en: 'Name one person responsible for the CX programme.',
      vi: 'Chỉ định một người chịu trách nhiệm chương trình CX.',
    },
    2: {
      en: 'Write a charter: scope, roles, and a meeting rhythm.',
      vi: 'Soạn điều lệ: phạm vi, vai trò và nhịp họp.',
    },
    3: {
      en: 'Form a cross-functional CX council.',
      vi: 'Thành lập hội đồng CX liên phòng ban.',
    },
    4: {
      en: 'Put CX results into every team’s goals and recognition.',
      vi: 'Đưa kết quả CX vào mục tiêu và ghi nhận của mọi nhóm.',
    },
    5: {
      en: 'Tell the stories of customer wins across the company.',
      vi: 'Lan toả câu chuyện thành công với khách hàng khắp công ty.',
    },
  },
};
