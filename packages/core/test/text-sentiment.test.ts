import { analyzeSentiment, normalizeText, type SentimentResult } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const label = (text: string, lang?: 'en' | 'vi' | 'other'): string => analyzeSentiment(text, lang).label;
const score = (text: string, lang?: 'en' | 'vi' | 'other'): number => analyzeSentiment(text, lang).score;
const driverPhrases = (result: SentimentResult): string[] => result.drivers.map((driver) => driver.phrase);

describe('analyzeSentiment: English', () => {
  it('reads plain opinions', () => {
    expect(label('The staff were friendly and helpful')).toBe('positive');
    expect(label('The room was dirty and the food was awful')).toBe('negative');
    expect(label('I picked up my order on Tuesday')).toBe('neutral');
  });

  it('flips negated opinions', () => {
    expect(label('The product is not good')).toBe('negative');
    expect(label("It didn't help")).toBe('negative');
    expect(label('Never again.')).toBe('negative');
    expect(label('not bad at all')).toBe('positive');
    const notGood = analyzeSentiment('not good');
    expect(notGood.drivers).toEqual([{ phrase: 'not good', start: 0, end: 8, weight: expect.any(Number) }]);
    expect(notGood.drivers[0]?.weight).toBeLessThan(0);
  });

  it('scales with intensifiers and downtoners', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('extremely good')).toBeGreaterThan(score('very good'));
    expect(score('a bit slow')).toBeGreaterThan(score('slow'));
    expect(label('a bit slow')).toBe('negative');
  });

  it('weighs the clause after "but" more, and the concession less', () => {
    expect(label('The staff were friendly but the room was dirty')).toBe('negative');
    expect(label('The room was dirty but the staff were friendly')).toBe('positive');
    expect(label('Although the staff were friendly, the room was dirty')).toBe('negative');
    expect(label('The food was good. However, the service was terrible')).toBe('negative');
  });

  it('reads emoji and emoticons', () => {
    expect(label('😡')).toBe('negative');
    expect(label('😍')).toBe('positive');
    expect(label('delivery 👍')).toBe('positive');
    expect(label('my order :(')).toBe('negative');
    expect(label('thanks :)')).toBe('positive');
    expect(label('<3')).toBe('positive');
    expect(score('good :)))')).toBeGreaterThan(score('good :)'));
  });

  it('reads elongated words and treats them, "!" and CAPITALS as emphasis', () => {
    expect(label('sooo goood')).toBe('positive');
    expect(score('sooo goood')).toBeGreaterThan(score('so good'));
    expect(score('great service!!!')).toBeGreaterThan(score('great service'));
    expect(score('the service was GREAT')).toBeGreaterThan(score('the service was great'));
  });

  it('recognises service failures without any opinion word', () => {
    for (const text of [
      'still waiting for my refund',
      'on hold for an hour',
      'flight delayed again',
      'lost my bag',
      'nobody called back',
    ]) {
      expect(label(text), text).toBe('negative');
    }
  });

  it('softens opinion words inside a question and thanks that close a request', () => {
    expect(label('Is the wifi good on this flight?')).toBe('neutral');
    expect(label('Can I change my seat online? Thanks')).toBe('neutral');
    expect(label('Thank you so much!')).toBe('positive');
  });

  it('reads a thank-you next to a service failure as sarcasm', () => {
    expect(label('Thanks for losing my bag and leaving me on hold for 2 hours')).toBe('negative');
  });

  it('ignores words inside @mentions and links', () => {
    expect(label('@GreatAirline my flight https://example.com/awesome')).toBe('neutral');
  });

  it('labels strong praise and strong complaint together as mixed', () => {
    const result = analyzeSentiment('Great food, terrible service');
    expect(result.label).toBe('mixed');
    expect(driverPhrases(result)).toEqual(['Great', 'terrible service']);
  });

  it("reads 'other' languages with the English lexicon and emoji", () => {
    expect(label('¿dónde está mi pedido? 😡')).toBe('negative');
    expect(label('Merci, super service 👍', 'other')).toBe('positive');
  });
});

describe('analyzeSentiment: Vietnamese', () => {
  it('reads opinions with diacritics', () => {
    expect(label('Giảng viên rất nhiệt tình')).toBe('positive');
    expect(label('Nhân viên thô lỗ, phục vụ kém')).toBe('negative');
  });

  it('flips negated opinions', () => {
    for (const text of [
      'Sản phẩm không tốt',
      'Bài giảng chẳng hay',
      'Tôi chưa hài lòng',
      'Thầy không hề nhiệt tình',
    ]) {
      expect(label(text), text).toBe('negative');
    }
    expect(label('không tệ')).toBe('positive');
  });

  it('scales with rất, quá, lắm, cực kỳ, and hơi, khá', () => {
    expect(score('rất tốt')).toBeGreaterThan(score('tốt'));
    expect(score('tốt lắm')).toBeGreaterThan(score('tốt'));
    expect(score('cực kỳ hài lòng')).toBeGreaterThan(score('rất hài lòng'));
    expect(score('quá tệ')).toBeLessThan(score('tệ'));
    expect(score('khá tốt')).toBeLessThan(score('tốt'));
    expect(score('khá tốt')).toBeGreaterThan(0);
    expect(score('hơi chậm')).toBeGreaterThan(score('chậm'));
    expect(label('hơi chậm')).toBe('negative');
  });

  it('reads "too much of a good thing" as a complaint: "quá nhanh", "hơi nhanh"', () => {
    expect(label('giao hàng nhanh')).toBe('positive');
    expect(label('thầy dạy quá nhanh')).toBe('negative');
    expect(label('thầy dạy hơi nhanh')).toBe('negative');
  });

  it('weighs the clause after nhưng / tuy nhiên more, and the mặc dù clause less', () => {
    expect(label('Phòng đẹp nhưng nhân viên thô lỗ')).toBe('negative');
    expect(label('Giao hơi chậm nhưng hàng rất đẹp')).toBe('positive');
    expect(label('Hàng đẹp. Tuy nhiên giao hàng chậm')).toBe('negative');
    expect(label('Mặc dù giá rẻ, chất lượng kém')).toBe('negative');
  });

  it('recognises service failures', () => {
    for (const text of [
      'vẫn chưa nhận được hàng',
      'chờ mãi không thấy',
      'gọi mấy lần không ai nghe',
      'giao trễ',
    ]) {
      expect(label(text), text).toBe('negative');
    }
  });

  it('works without diacritics', () => {
    expect(label('giao vien rat nhiet tinh')).toBe('positive');
    expect(label('hang giao cham qua')).toBe('negative');
    expect(label('van chua nhan duoc hang')).toBe('negative');
    expect(label('goi may lan khong ai nghe')).toBe('negative');
    expect(label('san pham khong tot')).toBe('negative');
  });

  it('needs a modifier before trusting a folded syllable that collides with other words', () => {
    // "cham" is chậm (slow) but also chăm (diligent) and chạm (touch); "kem" is kém and kem (cream).
    expect(label('em cham hoc', 'vi')).toBe('neutral');
    expect(label('kem rat ngon', 'vi')).toBe('positive');
    expect(label('cham qua', 'vi')).toBe('negative');
  });

  it('reads decomposed (NFD) input like precomposed, with offsets into the NFC text', () => {
    const text = 'Nhân viên không nhiệt tình';
    const nfd = analyzeSentiment(text.normalize('NFD'));
    expect(nfd).toEqual(analyzeSentiment(text));
    expect(nfd.label).toBe('negative');
    expect(driverPhrases(nfd)).toEqual(['không nhiệt tình']);
  });

  it('matches old and new tone placement alike (hoà / hòa, khoẻ / khỏe)', () => {
    expect(analyzeSentiment('rất hài lòng, thoải mái').label).toBe('positive');
    expect(analyzeSentiment('hoà đồng').label).toBe(analyzeSentiment('hòa đồng').label);
    expect(analyzeSentiment('hoà đồng').label).toBe('positive');
  });

  it('reads a suggestion as room for improvement, including the quality it asks for', () => {
    expect(label('cần nói rõ ràng hơn')).toBe('negative');
    expect(label('You should be more helpful')).toBe('negative');
  });

  it('does not read compound words by their syllables ("không khí", "chuẩn bị")', () => {
    expect(label('không khí lớp học thoải mái')).toBe('positive');
    expect(label('cửa hàng có bán đồ tốt nghiệp')).toBe('neutral');
  });
});

describe('analyzeSentiment: drivers and score', () => {
  it('reports each driver with offsets into the normalised text', () => {
    const text = 'Tom &amp; Jerry: the staff were not helpful but the room was very clean 😍';
    const normalized = normalizeText(text);
    const result = analyzeSentiment(text);
    expect(driverPhrases(result)).toEqual(['not helpful', 'very clean', '😍']);
    for (const driver of result.drivers) {
      expect(normalized.slice(driver.start, driver.end)).toBe(driver.phrase);
    }
    expect(result.drivers.map((driver) => Math.sign(driver.weight))).toEqual([-1, 1, 1]);
  });

  it('keeps offsets right for Vietnamese without diacritics and for NFD input', () => {
    for (const text of [
      'hang giao cham qua, nhan vien khong nhiet tinh',
      'Giao hàng rất nhanh'.normalize('NFD'),
    ]) {
      const normalized = normalizeText(text);
      const result = analyzeSentiment(text);
      expect(result.drivers.length).toBeGreaterThan(0);
      for (const driver of result.drivers) {
        expect(normalized.slice(driver.start, driver.end)).toBe(driver.phrase);
      }
    }
  });

  it('has a score whose sign follows the label', () => {
    expect(score('wonderful')).toBeGreaterThan(0);
    expect(score('terrible')).toBeLessThan(0);
    expect(score('')).toBe(0);
    expect(analyzeSentiment('')).toEqual({ label: 'neutral', score: 0, drivers: [] });
  });

  const vocabulary = [
    'not',
    'very',
    'good',
    'bad',
    'but',
    'although',
    'still waiting',
    '😡',
    ':)',
    'không',
    'rất',
    'tốt',
    'tệ',
    'nhưng',
    'quá',
    'lắm',
    'hơi',
    'cham',
    'qua',
    '!!!',
    '?',
    ',',
    'SOOO',
    '@user',
    'http://x.y/z',
    '&amp;',
  ];
  const feedback = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((words) => words.join(' ')),
  );

  it('never throws, keeps the score in [−1, 1] and every driver slice equal to its phrase', () => {
    fc.assert(
      fc.property(
        feedback,
        fc.constantFrom(undefined, 'en', 'vi', 'other') as fc.Arbitrary<'en' | 'vi' | 'other' | undefined>,
        (text, lang) => {
          const result = analyzeSentiment(text, lang);
          expect(result.score).toBeGreaterThanOrEqual(-1);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(['negative', 'neutral', 'positive', 'mixed']).toContain(result.label);
          const normalized = normalizeText(text);
          for (const driver of result.drivers) {
            expect(normalized.slice(driver.start, driver.end)).toBe(driver.phrase);
            expect(driver.weight).not.toBe(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
