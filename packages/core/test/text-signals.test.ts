import { analyzeSentiment, detectLanguage, detectSignals, type TextSignals } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const signals = (text: string): TextSignals => detectSignals(text, detectLanguage(text).lang);

describe('detectSignals: effort', () => {
  it.each([
    ['I called three times and nobody called back', 'called three times'],
    ['I had to chase them for my refund', 'had to chase'],
    ['Still waiting for the technician', 'Still waiting'],
    ['They transferred again!', 'transferred again'],
    ['I have called 4 times this week', 'called 4 times'],
    ['Tôi đã gọi nhiều lần mà không ai nghe', 'gọi nhiều lần'],
    ['phải đi lại mấy lần mới xong thủ tục', 'phải đi lại'],
    ['goi nhieu lan khong ai nghe', 'goi nhieu lan'],
  ])('%s → effort "%s"', (text, phrase) => {
    const result = signals(text);
    expect(result.effort.detected).toBe(true);
    expect(result.effort.phrases).toContain(phrase);
  });

  it('reports the longest phrase, not the shorter ones inside it', () => {
    expect(signals('I had to chase them').effort.phrases).toEqual(['had to chase']);
  });

  it('finds no effort in an easy experience', () => {
    expect(signals('Checked in online in two minutes, lovely staff').effort).toEqual({
      detected: false,
      phrases: [],
    });
  });
});

describe('detectSignals: actionability', () => {
  it.each([
    ['When will my order arrive?', 'needs_reply'],
    ['how do I change my flight', 'needs_reply'],
    ['Please call me back on my number', 'needs_reply'],
    ['My card was charged twice', 'needs_reply'],
    ['Khi nào shop giao hàng vậy', 'needs_reply'],
    ['vẫn chưa nhận được hàng', 'needs_reply'],
    ['It would be great if you added dark mode', 'suggestion'],
    ['Please add more vegetarian options', 'suggestion'],
    ['nên có thêm bãi giữ xe', 'suggestion'],
    ['mong shop đóng gói kỹ hơn', 'suggestion'],
    ['The staff were wonderful, thank you!', 'praise'],
    ['Thầy rất nhiệt tình 👍', 'praise'],
    ['😍', 'praise'],
    ['', 'not_meaningful'],
    ['n/a', 'not_meaningful'],
    ['ok', 'not_meaningful'],
    ['No.', 'not_meaningful'],
    ['.', 'not_meaningful'],
    ['không có', 'not_meaningful'],
    ['ko', 'not_meaningful'],
    ['Không có ý kiến', 'not_meaningful'],
    ['The room was on the third floor.', 'informational'],
    ['I know how to change my seat', 'informational'],
  ] as const)('%s → %s', (text, actionability) => {
    expect(signals(text).actionability).toBe(actionability);
  });

  it('does not call praise what still has something to fix', () => {
    expect(signals('Lovely staff, but the room was dirty').actionability).not.toBe('praise');
  });

  it('uses the sentiment it is given instead of computing its own', () => {
    const text = 'The new menu';
    const positive = { label: 'positive' as const, score: 0.8, drivers: [] };
    expect(detectSignals(text, 'en', positive).actionability).toBe('praise');
    expect(detectSignals(text, 'en').actionability).toBe('informational');
  });
});

describe('detectSignals: urgency', () => {
  it.each([
    ['I will cancel my account', 'churn_threat', 'cancel my account'],
    ["I'm switching to another bank", 'churn_threat', 'switching to'],
    ['Never again.', 'churn_threat', 'Never again'],
    ['tôi sẽ chuyển sang bên khác', 'churn_threat', 'chuyển sang'],
    ['tôi muốn hủy dịch vụ', 'churn_threat', 'hủy dịch vụ'],
    ['There was a fire in the kitchen', 'safety', 'fire'],
    ['My son was injured on the escalator', 'safety', 'injured'],
    ['We got food poisoning after dinner', 'safety', 'food poisoning'],
    ['ăn xong cả nhà bị ngộ độc', 'safety', 'ngộ độc'],
    ['I will talk to my lawyer', 'legal', 'lawyer'],
    ['We will sue you', 'legal', 'sue you'],
    ["I'll report you to the BBB", 'legal', 'report you to'],
    ['tôi sẽ kiện công ty', 'legal', 'kiện'],
    ['tôi sẽ nhờ luật sư', 'legal', 'luật sư'],
  ] as const)('%s → %s', (text, reason, phrase) => {
    const result = signals(text);
    expect(result.urgency.level).toBe('high');
    expect(result.urgency.reasons).toContain(reason);
    expect(result.urgency.phrases).toContain(phrase);
    expect(result.actionability).toBe('needs_reply');
  });

  it('does not mistake look-alikes for threats', () => {
    expect(signals('Sue at the front desk was lovely').urgency.level).toBe('none');
    expect(signals('the food court was busy').urgency.level).toBe('none');
    // Folded, "kien" is also kiến (knowledge) and "huy" a name: only longer phrases count.
    expect(signals('thay truyen dat kien thuc rat tot').urgency.level).toBe('none');
    expect(signals('ban Huy rat nhiet tinh').urgency.level).toBe('none');
  });

  it('reports several reasons at once', () => {
    const result = signals('The heater caught fire and I am calling my lawyer');
    expect(result.urgency.reasons).toEqual(['safety', 'legal']);
  });
});

describe('detectSignals: any text', () => {
  it('never throws and returns a well-formed result', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 150 }),
        fc.constantFrom('en', 'vi', 'other') as fc.Arbitrary<'en' | 'vi' | 'other'>,
        (text, lang) => {
          const result = detectSignals(text, lang, analyzeSentiment(text, lang));
          expect(result.effort.detected).toBe(result.effort.phrases.length > 0);
          expect(result.urgency.level).toBe(result.urgency.reasons.length > 0 ? 'high' : 'none');
        },
      ),
      { numRuns: 300 },
    );
  });
});
