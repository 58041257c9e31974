import {
  computePath,
  SURVEY_TEMPLATES,
  type SurveyAnswer,
  type SurveyTemplate,
  validateDefinition,
  validateSubmission,
} from '@touchpoint/core';
import type { TText } from '@touchpoint/schemas';
import { describe, expect, it } from 'vitest';

const byId = (id: string): SurveyTemplate => {
  const template = SURVEY_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};

/** Every translatable text of a template, with where it is. */
function textsOf(template: SurveyTemplate): [string, TText][] {
  const texts: [string, TText][] = [
    ['name', template.name],
    ['description', template.description],
  ];
  for (const question of template.definition.questions) {
    const add = (what: string, text: TText | undefined) => {
      if (text) texts.push([`${question.id}.${what}`, text]);
    };
    add('text', question.text);
    add('description', question.description);
    if (question.type === 'nps' || question.type === 'rating') {
      add('lowLabel', question.lowLabel);
      add('highLabel', question.highLabel);
    }
    if (question.type === 'single_choice' || question.type === 'multiple_choice') {
      for (const option of question.options) add(`options.${option.id}`, option.label);
    }
  }
  for (const ending of template.definition.endings ?? []) {
    texts.push([`${ending.id}.title`, ending.title]);
    if (ending.message) texts.push([`${ending.id}.message`, ending.message]);
  }
  return texts;
}

const walk = (template: SurveyTemplate, answers: Record<string, SurveyAnswer>) =>
  computePath(template.definition, { answers, hidden: {} });

describe('SURVEY_TEMPLATES', () => {
  it('has the six templates', () => {
    expect(SURVEY_TEMPLATES.map((t) => t.id)).toEqual([
      'relationship-nps',
      'transactional-csat',
      'post-support-ces',
      'enps-pulse',
      'engagement-pulse',
      'product-market-fit',
    ]);
  });

  it.each(SURVEY_TEMPLATES.map((t) => [t.id, t] as const))('%s passes validateDefinition', (_, template) => {
    expect(validateDefinition(template.definition)).toEqual([]);
  });

  it.each(SURVEY_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is fully bilingual: English and Vietnamese with diacritics, NFC',
    (_, template) => {
      expect(template.definition.defaultLanguage).toBe('en');
      expect(template.definition.languages).toEqual(['en', 'vi']);
      for (const [where, text] of textsOf(template)) {
        expect(Object.keys(text).sort(), where).toEqual(['en', 'vi']);
        expect(text.en?.trim(), where).not.toBe('');
        expect(text.vi?.trim(), where).not.toBe('');
        expect(text.vi, where).toBe(text.vi?.normalize('NFC'));
        expect(text.vi, where).not.toBe(text.en);
      }
      const vietnamese = textsOf(template)
        .map(([, text]) => text.vi)
        .join(' ');
      // Written with diacritics, not in unaccented Vietnamese.
      expect(vietnamese).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(vietnamese).toMatch(/[ạảặậẹệịọộợụựỵ]/);
    },
  );

  it.each(SURVEY_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s ends with a thank-you ending',
    (_, template) => {
      expect(template.definition.endings?.[0]).toMatchObject({ id: 'thanks', title: { en: 'Thank you!' } });
    },
  );

  it('is frozen, so no caller can change a template for the others', () => {
    const template = byId('relationship-nps');
    expect(Object.isFrozen(template.definition.questions[0])).toBe(true);
    expect(() => {
      (template.definition.questions as unknown[]).push({});
    }).toThrow(TypeError);
    const copy = structuredClone(template.definition);
    copy.questions[0] = {
      ...copy.questions[0],
      text: { en: 'Changed', vi: 'Đã đổi' },
    } as (typeof copy.questions)[0];
    expect(validateDefinition(copy)).toEqual([]);
    expect(template.definition.questions[0]?.text.en).not.toBe('Changed');
  });
});

describe('template logic', () => {
  it('relationship NPS: detractors are asked what to improve, passives what would help, promoters what they love', () => {
    const nps = byId('relationship-nps');
    expect(walk(nps, { nps: 3, improve: 'x', contact_ok: 'yes' }).questionIds).toEqual([
      'nps',
      'improve',
      'contact_ok',
    ]);
    expect(walk(nps, { nps: 6, improve: null }).nextQuestionId).toBe('contact_ok');
    expect(walk(nps, { nps: 7, passive_reason: null, contact_ok: null }).questionIds).toEqual([
      'nps',
      'passive_reason',
      'contact_ok',
    ]);
    expect(walk(nps, { nps: 9 }).questionIds).toEqual(['nps', 'love']);
    expect(walk(nps, { nps: 10, love: 'x', contact_ok: 'no' })).toMatchObject({
      questionIds: ['nps', 'love', 'contact_ok'],
      isComplete: true,
    });
  });

  it('transactional CSAT: unhappy customers say what went wrong, happy ones what went well', () => {
    const csat = byId('transactional-csat');
    expect(walk(csat, { csat: 2, issues: ['delivery'], issues_detail: 'late' })).toMatchObject({
      questionIds: ['csat', 'issues', 'issues_detail'],
      endingId: 'thanks',
      isComplete: true,
    });
    expect(walk(csat, { csat: 4, highlight: null })).toMatchObject({
      questionIds: ['csat', 'highlight'],
      isComplete: true,
    });
    const offPath = validateSubmission(csat.definition, {
      answers: { csat: 5, issues: ['price'] },
      finished: true,
    });
    expect(offPath.issues.map((i) => i.code)).toEqual(['not_on_path']);
  });

  it('post-support CES: easy and resolved skips "what made it hard"', () => {
    const ces = byId('post-support-ces');
    expect(walk(ces, { ces: 6, resolved: 'yes' }).nextQuestionId).toBe('agent_csat');
    expect(walk(ces, { ces: 6, resolved: 'partly' }).nextQuestionId).toBe('effort_reason');
    expect(walk(ces, { ces: 2, resolved: 'yes' }).nextQuestionId).toBe('effort_reason');
  });

  it('eNPS pulse: a low pulse statement asks what would help', () => {
    const enps = byId('enps-pulse');
    const base = { enps: 8, enps_reason: null, workload: 4, growth: 5, support: 3 };
    expect(walk(enps, base).nextQuestionId).toBe('suggestion');
    expect(walk(enps, { ...base, growth: 2 }).nextQuestionId).toBe('low_pulse_detail');
    expect(walk(enps, { ...base, support: 1 }).nextQuestionId).toBe('low_pulse_detail');
  });

  it('product-market fit: lapsed users say why they stopped and finish; others go on', () => {
    const pmf = byId('product-market-fit');
    const question = pmf.definition.questions[0];
    expect(question?.type === 'single_choice' && question.options.map((o) => o.label.en)).toContain(
      'Very disappointed',
    );
    expect(walk(pmf, { pmf: 'no_longer_use', stopped_reason: 'too pricey' })).toMatchObject({
      questionIds: ['pmf', 'stopped_reason'],
      endingId: 'thanks',
      isComplete: true,
    });
    expect(walk(pmf, { pmf: 'very_disappointed' }).questionIds).toEqual(['pmf', 'persona']);
  });
});
