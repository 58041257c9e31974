import { SURVEY_TEMPLATES, validateDefinition } from '@touchpoint/core';
import { describe, expect, it } from 'vitest';
import {
  draftFromSurvey,
  localIssues,
  newQuestion,
  newRule,
  relabelOption,
  removeQuestion,
  renameQuestion,
  slugify,
  toDefinition,
  uniqueId,
} from './survey-draft';

describe('option ids from labels', () => {
  it('folds Vietnamese accents and đ, and always starts with a letter', () => {
    expect(slugify('Giá cả hợp lý', 'x')).toBe('gia_ca_hop_ly');
    expect(slugify('Đội ngũ nhân viên', 'x')).toBe('doi_ngu_nhan_vien');
    expect(slugify('5 sao!', 'x')).toBe('o_5_sao');
    expect(slugify(' ??? ', 'option_3')).toBe('option_3');
    expect(uniqueId('price', ['price', 'price_2'])).toBe('price_3');
  });

  it('follow the label while new, and stay put once the author edits the id', () => {
    const question = newQuestion('single_choice', []);
    const [first] = question.options;
    if (!first) throw new Error('a choice question starts with options');
    const relabelled = relabelOption(question, first.key, 'vi', 'Giá cả', 'en');
    expect(relabelled.options[0]?.id).toBe('gia_ca');
    const english = relabelOption(relabelled, first.key, 'en', 'Price', 'en');
    expect(english.options[0]?.id).toBe('price');
    const locked = { ...english, options: english.options.map((o) => ({ ...o, isAutoId: false })) };
    expect(relabelOption(locked, first.key, 'en', 'Cost', 'en').options[0]?.id).toBe('price');
  });
});

describe('the editor model', () => {
  it('round-trips every template to the same definition, which the shared validator accepts', () => {
    for (const template of SURVEY_TEMPLATES) {
      const draft = draftFromSurvey({ ...template.definition, name: 'x', touchpointId: null } as never);
      const definition = toDefinition(draft);
      expect(definition, template.id).toEqual({
        ...template.definition,
        languages: [
          ...new Set([template.definition.defaultLanguage, ...(template.definition.languages ?? [])]),
        ],
      });
      expect(validateDefinition(definition), template.id).toEqual([]);
      expect(localIssues(draft), template.id).toEqual([]);
    }
  });

  it('keeps only the fields of each question type and drops blank translations', () => {
    const draft = draftFromSurvey({
      name: 'Blank',
      touchpointId: null,
      defaultLanguage: 'en',
      languages: ['en', 'vi'],
      questions: [{ id: 'csat', type: 'csat', text: { en: 'Happy?', vi: ' ' }, required: true }],
      hiddenFields: [],
      logic: [],
      endings: [],
    });
    const [question] = draft.questions;
    if (!question) throw new Error('one question');
    draft.questions = [{ ...question, lowLabel: { en: 'ignored for CSAT' } }];
    expect(toDefinition(draft).questions).toEqual([
      { id: 'csat', type: 'csat', text: { en: 'Happy?' }, required: true },
    ]);
  });

  it('renames a question in the logic that refers to it, and drops its rules when it goes', () => {
    let draft = draftFromSurvey({
      name: 'x',
      touchpointId: null,
      defaultLanguage: 'en',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Q' }, required: true },
        {
          id: 'comment',
          type: 'open_text',
          text: { en: 'Why' },
          required: false,
          maxLength: 100,
          multiline: true,
        },
        {
          id: 'more',
          type: 'open_text',
          text: { en: 'More' },
          required: false,
          maxLength: 100,
          multiline: true,
        },
      ],
      hiddenFields: [],
      logic: [],
      endings: [],
    });
    draft = { ...draft, logic: [newRule(draft, 'nps')] };
    expect(draft.logic[0]).toMatchObject({
      after: 'nps',
      if: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
    });
    expect(draft.logic[0]?.then).toEqual({ goTo: 'more' });

    const npsKey = draft.questions[0]?.key ?? '';
    draft = renameQuestion(draft, npsKey, 'loyalty');
    expect(draft.logic[0]).toMatchObject({ after: 'loyalty', if: { all: [{ field: 'loyalty' }] } });

    const moreKey = draft.questions[2]?.key ?? '';
    expect(removeQuestion(draft, moreKey).logic).toEqual([]);
  });

  it('reports what the API refuses but the shared validator does not check', () => {
    const draft = draftFromSurvey({
      name: ' ',
      touchpointId: null,
      defaultLanguage: 'en',
      languages: ['en'],
      questions: [{ id: '1st', type: 'nps', text: { en: 'Q' }, required: true }],
      hiddenFields: ['source'],
      logic: [],
      endings: [],
    });
    draft.logic = [{ ...newRule(draft, '1st'), if: { any: [] } }];
    expect(localIssues(draft).map((issue) => issue.code)).toEqual([
      'name_required',
      'invalid_id',
      'empty_group',
    ]);
  });
});
