import {
  chooseLanguage,
  offeredLanguages,
  parseAcceptLanguage,
  pipeText,
  resolveText,
} from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { describe, expect, it } from 'vitest';

const def: TSurveyDefinition = {
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?', vi: 'Giới thiệu?' }, required: true },
    {
      id: 'plan',
      type: 'single_choice',
      text: { en: 'Plan?', vi: 'Gói?' },
      required: false,
      options: [
        { id: 'free', label: { en: 'Free', vi: 'Miễn phí' } },
        { id: 'pro', label: { en: 'Pro' } },
      ],
    },
    {
      id: 'issues',
      type: 'multiple_choice',
      text: { en: 'Issues?', vi: 'Vấn đề?' },
      required: false,
      options: [
        { id: 'late', label: { en: 'Late delivery', vi: 'Giao hàng trễ' } },
        { id: 'rude', label: { en: 'Rude staff', vi: 'Nhân viên thiếu lịch sự' } },
        { id: 'price', label: { en: 'Price', vi: 'Giá cả' } },
      ],
    },
    { id: 'why', type: 'open_text', text: { en: 'Why?' }, required: false, maxLength: 500, multiline: true },
  ],
  hiddenFields: ['source', 'name'],
  logic: [],
  endings: [],
};

describe('resolveText', () => {
  const text = { en: 'Hello', vi: 'Xin chào', 'pt-BR': 'Olá', fr: '  ' };

  it('picks the language, its primary subtag, then the fallback', () => {
    expect(resolveText(text, 'vi', 'en')).toBe('Xin chào');
    expect(resolveText(text, 'vi-VN', 'en')).toBe('Xin chào');
    expect(resolveText(text, 'pt-BR', 'en')).toBe('Olá');
    expect(resolveText(text, 'de', 'en')).toBe('Hello');
    expect(resolveText(text, 'de', 'vi')).toBe('Xin chào');
  });

  it('treats a blank translation as missing, and falls back to any translation, then to ""', () => {
    expect(resolveText(text, 'fr', 'en')).toBe('Hello');
    expect(resolveText({ ja: 'こんにちは' }, 'vi', 'en')).toBe('こんにちは');
    expect(resolveText({}, 'vi', 'en')).toBe('');
    expect(resolveText(undefined, 'vi', 'en')).toBe('');
  });
});

describe('pipeText', () => {
  const ctx = {
    answers: { nps: 9, plan: 'free', issues: ['rude', 'late'], why: 'Ship faster', zero: 0 },
    hidden: { source: 'email', name: 'Lan', stray: 'x' },
  };

  it('pipes scores, text and hidden fields', () => {
    expect(pipeText('You gave us {{nps}}. Why "{{why}}"?', ctx, def, 'en')).toBe(
      'You gave us 9. Why "Ship faster"?',
    );
    expect(pipeText('Chào {{ hidden.name }}, bạn đến từ {{hidden.source}}.', ctx, def, 'vi')).toBe(
      'Chào Lan, bạn đến từ email.',
    );
    expect(pipeText('{{nps}}', { ...ctx, answers: { nps: 0 } }, def, 'en')).toBe('0');
  });

  it('pipes option labels in the respondent’s language, never ids', () => {
    expect(pipeText('Plan: {{plan}}', ctx, def, 'vi')).toBe('Plan: Miễn phí');
    expect(pipeText('Plan: {{plan}}', ctx, def, 'en')).toBe('Plan: Free');
    expect(pipeText('Plan: {{plan}}', { ...ctx, answers: { plan: 'pro' } }, def, 'vi')).toBe('Plan: Pro'); // fallback
    expect(pipeText('{{issues}}', ctx, def, 'vi')).toBe('Nhân viên thiếu lịch sự, Giao hàng trễ');
    expect(pipeText('{{issues}}', ctx, def, 'en')).toBe('Rude staff, Late delivery');
  });

  it('turns unknown, unanswered and undeclared placeholders into ""', () => {
    expect(
      pipeText('[{{ghost}}][{{hidden.stray}}][{{hidden.missing}}][{{}}][{{why now}}]', ctx, def, 'en'),
    ).toBe('[][][][][]');
    expect(
      pipeText('[{{why}}][{{plan}}]', { answers: { why: null, plan: 'gone' }, hidden: {} }, def, 'en'),
    ).toBe('[][]');
    expect(pipeText('{{zero}}', ctx, def, 'en')).toBe(''); // an answer to no question of this survey
  });

  it('leaves text without placeholders alone', () => {
    expect(pipeText('No {placeholders} here {{', ctx, def, 'en')).toBe('No {placeholders} here {{');
  });
});

describe('chooseLanguage', () => {
  it('takes the first candidate the survey offers', () => {
    expect(chooseLanguage(def, ['vi', 'en'])).toBe('vi');
    expect(chooseLanguage(def, ['fr', 'en', 'vi'])).toBe('en');
    expect(chooseLanguage(def, [null, undefined, '', 'vi'])).toBe('vi');
  });

  it('matches by primary subtag, case and underscores aside', () => {
    expect(chooseLanguage(def, ['vi-VN'])).toBe('vi');
    expect(chooseLanguage(def, ['VI_vn'])).toBe('vi');
    expect(chooseLanguage(def, ['fr-FR', 'en-GB'])).toBe('en');
    expect(chooseLanguage({ ...def, languages: ['en', 'pt-BR'] }, ['pt'])).toBe('pt-BR');
    expect(chooseLanguage({ ...def, languages: ['en', 'pt-BR', 'pt'] }, ['pt-BR'])).toBe('pt-BR');
  });

  it('falls back to the default language', () => {
    expect(chooseLanguage(def, ['fr', 'de'])).toBe('en');
    expect(chooseLanguage(def, [])).toBe('en');
    expect(chooseLanguage({ ...def, defaultLanguage: 'vi', languages: undefined }, ['en'])).toBe('vi');
  });

  it('offeredLanguages puts the default first, without repeats', () => {
    expect(offeredLanguages({ ...def, defaultLanguage: 'vi', languages: ['en', 'vi'] })).toEqual([
      'vi',
      'en',
    ]);
    expect(offeredLanguages({ ...def, languages: undefined })).toEqual(['en']);
  });

  it('parseAcceptLanguage orders by quality and feeds chooseLanguage', () => {
    const header = 'fr-CH, fr;q=0.9, vi-VN;q=0.95, en;q=0.8, *;q=0.5, de;q=0';
    expect(parseAcceptLanguage(header)).toEqual(['fr-CH', 'vi-VN', 'fr', 'en']);
    expect(chooseLanguage(def, parseAcceptLanguage(header))).toBe('vi');
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});
