import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildArticleIndex,
  containsPhrase,
  foldedWords,
  type KnowledgeArticleInput,
  searchArticles,
  searchTerms,
  termSimilarity,
} from '../src/converse/index';

const ARTICLES: KnowledgeArticleInput[] = [
  {
    id: 'refunds',
    title: { en: 'Refunds', vi: 'Hoàn tiền' },
    body: {
      en: 'Refunds reach your card within 5 working days.',
      vi: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.',
    },
    questions: ['how long does a refund take', 'bao lâu thì được hoàn tiền'],
  },
  {
    id: 'delivery',
    title: { en: 'Delivery times', vi: 'Thời gian giao hàng' },
    body: { en: 'Orders arrive in 2 to 4 days.', vi: 'Đơn hàng được giao trong 2 đến 4 ngày.' },
    questions: ['when will my order arrive', 'khi nào tôi nhận được hàng'],
  },
  {
    id: 'password',
    title: { en: 'Reset your password', vi: 'Đặt lại mật khẩu' },
    body: {
      en: 'Choose "Forgot password" on the sign-in page.',
      vi: 'Chọn "Quên mật khẩu" ở trang đăng nhập.',
    },
    questions: ['I forgot my password', 'quên mật khẩu'],
  },
  {
    id: 'warranty',
    title: { en: 'Warranty', vi: 'Bảo hành' },
    body: { en: 'Electronics have a 12-month warranty.', vi: 'Đồ điện tử được bảo hành 12 tháng.' },
    tags: ['warranty'],
  },
];

const index = buildArticleIndex(ARTICLES);
const top = (query: string, language?: 'en' | 'vi') => searchArticles(index, query, { language })[0];

describe('search terms', () => {
  it('folds Vietnamese diacritics, NFD input included, and drops function words', () => {
    expect(searchTerms('Hoàn tiền').words).toEqual(['hoan', 'tien']);
    expect(searchTerms('Hoàn tiền'.normalize('NFD')).words).toEqual(['hoan', 'tien']);
    expect(searchTerms('HOAN TIEN').words).toEqual(['hoan', 'tien']);
    expect(searchTerms('đổi địa chỉ').words).toEqual(['doi', 'dia', 'chi']);
    expect(searchTerms('how do I get a refund').words).toEqual(['refund']);
    expect(searchTerms('không đăng nhập được').words).toEqual(['dang', 'nhap']);
    expect(searchTerms('khong dang nhap duoc').words).toEqual(['dang', 'nhap']);
  });

  it('stems English word forms to one term', () => {
    for (const form of ['refund', 'refunds', 'refunded', 'refunding']) {
      expect(searchTerms(form).words).toEqual(['refund']);
    }
    expect(new Set(['orders', 'ordered', 'ordering'].flatMap((form) => searchTerms(form).words))).toEqual(
      new Set(['order']),
    );
    expect(searchTerms('arrived').words).toEqual(searchTerms('arrives').words);
  });

  it('makes bigrams of neighbouring kept words only', () => {
    expect(searchTerms('hoàn tiền nhanh').bigrams).toEqual(['hoan_tien', 'tien_nhanh']);
    expect(searchTerms('reset, password').bigrams).toEqual([]);
  });

  // Syllables whose folded form is a function word ("thẻ" → "the") are left out: typed without diacritics
  // they cannot be told from it.
  it('gives the same words with and without diacritics for Vietnamese text', () => {
    const syllable = fc.constantFrom(
      'hoàn',
      'tiền',
      'giao',
      'hàng',
      'đổi',
      'mật',
      'khẩu',
      'bảo',
      'hành',
      'giá',
    );
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 8 }), (syllables) => {
        const text = syllables.join(' ');
        const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
        const folded = searchTerms(plain);
        const written = searchTerms(text);
        expect(folded.words).toEqual(written.words);
        expect(folded.bigrams).toEqual(written.bigrams);
      }),
    );
  });

  it('matches phrases as whole consecutive words', () => {
    expect(containsPhrase(foldedWords('Tôi muốn gặp nhân viên'), ['gap', 'nhan', 'vien'])).toBe(true);
    expect(containsPhrase(foldedWords('gặp bạn nhân viên'), ['gap', 'nhan', 'vien'])).toBe(false);
    expect(containsPhrase(['agents'], ['agent'])).toBe(false);
  });

  it('scores rephrasings as similar and different questions as not', () => {
    expect(
      termSimilarity('how long does a refund take', 'how long does the refund take to arrive'),
    ).toBeGreaterThan(0.4);
    expect(termSimilarity('how long does a refund take', 'reset my password')).toBe(0);
  });
});

describe('article search', () => {
  it('finds Vietnamese articles without diacritics', () => {
    expect(top('hoan tien')?.articleId).toBe('refunds');
    expect(top('quen mat khau')?.articleId).toBe('password');
    expect(top('bao hanh bao lau')?.articleId).toBe('warranty');
    expect(top('khi nao nhan duoc hang')?.articleId).toBe('delivery');
  });

  it('matches words typed with diacritics exactly: "vé" (ticket) is not "về" (about)', () => {
    const tickets = buildArticleIndex([
      { id: 'about', title: { vi: 'Về chúng tôi' }, body: { vi: 'Thông tin về công ty.' } },
      { id: 'tickets', title: { vi: 'Vé máy bay' }, body: { vi: 'Đặt vé trực tuyến.' } },
    ]);
    expect(searchArticles(tickets, 'vé').map((m) => m.articleId)).toEqual(['tickets']);
    const prices = buildArticleIndex([
      { id: 'price', title: { vi: 'Giá sản phẩm' }, body: {} },
      { id: 'family', title: { vi: 'Gói gia đình' }, body: {} },
    ]);
    expect(searchArticles(prices, 'giá').map((m) => m.articleId)).toEqual(['price']);
    expect(
      searchArticles(prices, 'gia')
        .map((m) => m.articleId)
        .sort(),
    ).toEqual(['family', 'price']);
    // Partly typed diacritics: the plain words still match any form.
    expect(searchArticles(tickets, 'đặt ve')[0]?.articleId).toBe('tickets');
  });

  it('finds English articles across word forms', () => {
    expect(top('refunded')?.articleId).toBe('refunds');
    expect(top('my order has not arrived')?.articleId).toBe('delivery');
    expect(top('forgotten passwords')?.articleId).toBe('password');
  });

  it('finds an article whichever language it is asked in', () => {
    expect(top('Hoàn tiền mất bao lâu?')?.articleId).toBe('refunds');
    expect(top('how long for a refund?')?.articleId).toBe('refunds');
  });

  it('weighs example questions above the body', () => {
    const weighted = buildArticleIndex([
      { id: 'body', title: { en: 'Other' }, body: { en: 'invoice invoice copy' } },
      {
        id: 'question',
        title: { en: 'Billing' },
        body: { en: 'See your account.' },
        questions: ['invoice copy'],
      },
    ]);
    expect(searchArticles(weighted, 'invoice copy')[0]?.articleId).toBe('question');
  });

  it('reports coverage as confidence: 1 when every word is in the article, 0 results for unknown words', () => {
    expect(top('refund')?.confidence).toBe(1);
    expect(searchArticles(index, 'weather forecast tomorrow')).toEqual([]);
    const partial = top('refund for my flight to paris');
    expect(partial?.articleId).toBe('refunds');
    expect(partial?.confidence).toBeGreaterThan(0);
    expect(partial?.confidence).toBeLessThan(0.5);
  });

  it('counts Vietnamese syllable bigrams in the coverage: "thời tiết" is not "thời gian"', () => {
    const weather = searchArticles(index, 'thoi tiet ngay mai', { language: 'vi' })[0];
    expect(weather?.confidence ?? 0).toBeLessThan(0.3);
    expect(top('thoi gian giao hang', 'vi')?.confidence).toBe(1);
  });

  it('only searches the given ids, and an empty index finds nothing', () => {
    expect(
      searchArticles(index, 'hoan tien', { only: new Set(['delivery']) }).map((m) => m.articleId),
    ).not.toContain('refunds');
    expect(searchArticles(buildArticleIndex([]), 'refund')).toEqual([]);
  });
});
