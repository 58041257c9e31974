import { describe, expect, it } from 'vitest';
import { analyzeClauses, analyzeSentiment, clauseSentimentAt } from '../src/text/sentiment';
import { readClauses, topicSentiment } from '../src/text/topic-sentiment';

const label = (text: string, lang: 'en' | 'vi') => analyzeSentiment(text, lang).label;

function clauses(text: string, lang?: 'en' | 'vi') {
  return analyzeClauses(text, lang).map((clause) => [text.slice(clause.start, clause.end), clause.label]);
}

describe('neutral: informational text says nothing good or bad', () => {
  it.each([
    ['I ordered a medium and it arrived on Tuesday.', 'en'],
    ['I am wearing a large in the photos and my measurements are 38-30-40.', 'en'],
    ['Tôi đặt phòng qua Agoda và nhận phòng lúc 2 giờ chiều', 'vi'],
    ['Hết tháng 12 thì phí duy trì dịch vụ là bao nhiêu ạ', 'vi'],
  ] as const)('%s', (text, lang) => {
    expect(label(text, lang)).toBe('neutral');
  });

  it('a weak complaint beside weak praise stays below the line', () => {
    expect(label('Phòng hơi nhỏ, còn lại ok', 'vi')).toBe('neutral');
  });

  it('an exclamatory "quá" closing a phrase is not "too much" of the next word', () => {
    expect(label('Hoành tráng quá BIDV', 'vi')).toBe('positive');
    expect(label('Thông tin bổ ích quá nè', 'vi')).toBe('positive');
    expect(label('Giá quá cao', 'vi')).toBe('negative');
  });
});

describe('mixed only when both sides are strong', () => {
  it('strong praise and strong complaint in separate sentences are mixed', () => {
    expect(label('The staff were absolutely wonderful. The room was filthy and disgusting.', 'en')).toBe(
      'mixed',
    );
    expect(label('Nhân viên cực kỳ nhiệt tình. Phòng thì bẩn kinh khủng.', 'vi')).toBe('mixed');
  });

  it('a small complaint inside praise is not mixed', () => {
    expect(label('Great dress, a bit long.', 'en')).toBe('positive');
    expect(label('Khách sạn tuyệt vời, phòng hơi nhỏ.', 'vi')).toBe('positive');
  });

  it('after "but" / "nhưng" / "tuy nhiên" the later clause decides', () => {
    expect(label('The staff were absolutely wonderful, but the room was filthy and disgusting.', 'en')).toBe(
      'negative',
    );
    expect(label('Phòng đẹp tuy nhiên wifi quá chậm', 'vi')).toBe('negative');
  });
});

describe('contrast and set phrases of product reviews (issue 17)', () => {
  const weightOf = (text: string, phrase: string) =>
    analyzeSentiment(text, 'en').drivers.find((driver) => driver.phrase === phrase)?.weight;

  it('"but" discounts the conceded side (×0.7) and weighs the later side more (×1.2)', () => {
    const text = 'The staff were friendly but the room was dirty.';
    const friendly = weightOf('The staff were friendly.', 'friendly') ?? 0;
    const dirty = weightOf('The room was dirty.', 'dirty') ?? 0;
    expect(weightOf(text, 'friendly')).toBeCloseTo(0.7 * friendly, 2);
    expect(weightOf(text, 'dirty')).toBeCloseTo(1.2 * dirty, 2);
  });

  it('negated-looking praise idioms are praise', () => {
    expect(label("I can't say enough good things about this dress.", 'en')).toBe('positive');
    expect(label("Couldn't be happier with it.", 'en')).toBe('positive');
    expect(label("You can't go wrong with this top.", 'en')).toBe('positive');
    expect(label('The quality did not disappoint.', 'en')).toBe('positive');
  });

  it('"still available" is information, not a service failure', () => {
    expect(label('This sweater is still available in the store.', 'en')).toBe('neutral');
    expect(label('Still waiting for my refund.', 'en')).toBe('negative');
  });
});

describe('wishes and suggestions', () => {
  it('a hope next to goodwill is a wish, not a complaint', () => {
    expect(label('Chúc BIDV ngày càng phát triển', 'vi')).toBe('positive');
    expect(label('Mong BIDV ngày càng phát triển', 'vi')).toBe('positive');
  });

  it('a suggestion still turns the quality asked for into something missing', () => {
    expect(label('thầy cần giảng dễ hiểu hơn', 'vi')).toBe('negative');
    expect(label('Mong thầy giảng chậm hơn', 'vi')).toBe('negative');
  });

  it('"nên" meaning "so" does not turn later praise into a complaint', () => {
    expect(label('phòng sạch sẽ nên tôi ngủ rất ngon mỗi đêm', 'vi')).toBe('positive');
    expect(label('bữa sáng ngon nhân viên thân thiện vị trí thuận tiện mọi thứ bạn cần đều có', 'vi')).toBe(
      'positive',
    );
  });
});

describe('Vietnamese typed partly without diacritics', () => {
  it('reads plain syllable phrases with the folded lexicon', () => {
    expect(label('Rất thuan loi', 'vi')).toBe('positive');
    expect(label('Nhân viên rất nhiet tinh', 'vi')).toBe('positive');
  });
});

describe('clause split', () => {
  it('splits at "but" and gives each side its own polarity (English)', () => {
    expect(clauses('The delivery was fast but the staff were rude.', 'en')).toEqual([
      ['The delivery was fast', 'positive'],
      ['the staff were rude', 'negative'],
    ]);
  });

  it('splits at "although", commas and sentence ends (English)', () => {
    expect(clauses('Although the crew was nice, the flight was late. Food ok', 'en')).toEqual([
      ['the crew was nice', 'positive'],
      ['the flight was late', 'negative'],
      ['Food ok', 'neutral'],
    ]);
  });

  it('splits at "nhưng" and "tuy nhiên" (Vietnamese)', () => {
    expect(clauses('giao hàng nhanh nhưng nhân viên thô lỗ', 'vi')).toEqual([
      ['giao hàng nhanh', 'positive'],
      ['nhân viên thô lỗ', 'negative'],
    ]);
    expect(clauses('phòng đẹp tuy nhiên wifi quá chậm', 'vi')).toEqual([
      ['phòng đẹp', 'positive'],
      ['wifi quá chậm', 'negative'],
    ]);
  });

  it('keeps negation inside its clause (Vietnamese)', () => {
    expect(clauses('Đồ ăn không ngon, nhưng nhân viên rất lịch sự', 'vi')).toEqual([
      ['Đồ ăn không ngon', 'negative'],
      ['nhân viên rất lịch sự', 'positive'],
    ]);
  });

  it('finds the clause of a mention by offsets', () => {
    const text = 'giao hàng nhanh nhưng nhân viên thô lỗ';
    const found = analyzeClauses(text, 'vi');
    const at = (word: string) =>
      clauseSentimentAt(found, text.indexOf(word), text.indexOf(word) + word.length);
    expect(at('giao hàng').label).toBe('positive');
    expect(at('nhân viên').label).toBe('negative');
    expect(clauseSentimentAt(found, 1000, 1001)).toEqual({ label: 'neutral', score: 0 });
  });
});

describe('topic-level sentiment', () => {
  const has = (word: string) => (clause: string) => clause.toLowerCase().includes(word);

  it('gives each topic the polarity of the clause that mentions it (Vietnamese)', () => {
    const text = 'giao hàng nhanh nhưng nhân viên thô lỗ';
    const overall = analyzeSentiment(text, 'vi');
    const reading = readClauses(text, 'vi', overall);
    expect(topicSentiment(reading, has('giao hàng')).label).toBe('positive');
    expect(topicSentiment(reading, has('nhân viên')).label).toBe('negative');
  });

  it('gives each topic the polarity of the clause that mentions it (English)', () => {
    const text = 'The delivery was fast but the staff were rude.';
    const reading = readClauses(text, 'en', analyzeSentiment(text, 'en'));
    expect(topicSentiment(reading, has('delivery'))).toMatchObject({ label: 'positive' });
    expect(topicSentiment(reading, has('staff'))).toMatchObject({ label: 'negative' });
  });

  it('is mixed when one topic is praised in one clause and criticised in another', () => {
    const text = 'The staff at check-in were lovely. The staff at breakfast were rude.';
    const reading = readClauses(text, 'en', analyzeSentiment(text, 'en'));
    expect(topicSentiment(reading, has('staff')).label).toBe('mixed');
  });

  it("falls back to the comment's sentiment when no single clause mentions the topic", () => {
    const text = 'Phòng sạch, nhân viên thân thiện';
    const overall = analyzeSentiment(text, 'vi');
    const reading = readClauses(text, 'vi', overall);
    expect(topicSentiment(reading, () => false)).toEqual(overall);
  });
});
