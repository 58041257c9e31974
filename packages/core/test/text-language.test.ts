import { detectLanguage } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('detectLanguage: one short sentence', () => {
  it.each([
    ['giao vien rat nhiet tinh', 'vi'],
    ['hang giao cham qua', 'vi'],
    ['Giáo viên rất nhiệt tình', 'vi'],
    ['Shop giao hàng nhanh, đóng gói cẩn thận', 'vi'],
    ['toi muon hoi ve don hang', 'vi'],
    ['do an do qua', 'vi'],
    ['the app is slow', 'en'],
    ['still waiting for my refund', 'en'],
    ['I can go to the bar', 'en'],
    ['¿dónde está mi pedido?', 'other'],
    ['配送が遅い', 'other'],
    ['Danke schön, alles gut', 'other'],
    ['Merci pour votre aide', 'other'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('reads Vietnamese typed in decomposed form (NFD) like precomposed', () => {
    const text = 'Nhân viên rất thân thiện';
    expect(detectLanguage(text.normalize('NFD'))).toEqual(detectLanguage(text));
    expect(detectLanguage(text.normalize('NFD')).lang).toBe('vi');
  });

  it('lets Vietnamese-only letters decide, but not one borrowed word in English', () => {
    expect(detectLanguage('phở ngon').lang).toBe('vi');
    expect(detectLanguage('I love phở').lang).toBe('en');
  });

  it('ignores @mentions and links', () => {
    expect(detectLanguage('@united the flight was delayed https://t.co/abc').lang).toBe('en');
    expect(detectLanguage('@shopee hang chua toi https://shopee.vn/x').lang).toBe('vi');
  });

  it('is unsure about text without letters', () => {
    expect(detectLanguage('')).toEqual({ lang: 'other', confidence: 0 });
    expect(detectLanguage('👍👍')).toEqual({ lang: 'other', confidence: 0 });
  });

  it('is more confident on a clear sentence than on a single ambiguous word', () => {
    const clear = detectLanguage('the staff were friendly and the room was clean').confidence;
    const single = detectLanguage('ok').confidence;
    expect(clear).toBeGreaterThan(single);
  });

  it('always answers a language with a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = detectLanguage(text);
        expect(['en', 'vi', 'other']).toContain(result.lang);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });
});
