import type { TQuestion, TSurveyDefinition, TText } from '@touchpoint/schemas';
import { HIDDEN_FIELD_PREFIX, type LogicContext } from './condition';

function primarySubtag(language: string): string {
  return language.split('-')[0] ?? language;
}

function pick(text: TText, language: string): string | null {
  const value = Object.hasOwn(text, language) ? text[language] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * A translatable text in `language`, else its primary subtag (`vi-VN` → `vi`), else `fallbackLanguage`
 * (usually the survey's default) and its primary subtag, else the first non-blank translation, else ''.
 * A blank translation counts as missing, so a half-translated survey never shows an empty label.
 */
export function resolveText(text: TText | undefined, language: string, fallbackLanguage: string): string {
  if (!text) return '';
  for (const candidate of [
    language,
    primarySubtag(language),
    fallbackLanguage,
    primarySubtag(fallbackLanguage),
  ]) {
    const value = pick(text, candidate);
    if (value !== null) return value;
  }
  for (const value of Object.values(text)) {
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

function formatAnswer(question: TQuestion, answer: unknown, language: string, fallback: string): string {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const ids = Array.isArray(answer) ? answer : [answer];
    return ids
      .map((id) => question.options.find((option) => option.id === id))
      .filter((option) => option !== undefined)
      .map((option) => resolveText(option.label, language, fallback))
      .join(', ');
  }
  if (typeof answer === 'number') return Number.isFinite(answer) ? String(answer) : '';
  if (typeof answer === 'string') return answer;
  if (Array.isArray(answer)) return answer.filter((item) => typeof item === 'string').join(', ');
  return '';
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Answer piping: replaces `{{q1}}` with the answer to `q1` (option labels in `language` for choice
 * questions, joined with ", " for a selection; numbers and text as given) and `{{hidden.source}}` with
 * that hidden field. Unknown questions, undeclared hidden fields, unanswered ones and any other
 * placeholder become ''. The result is plain text: render it as text, never as HTML.
 */
export function pipeText(
  template: string,
  ctx: LogicContext,
  def: TSurveyDefinition,
  language: string,
): string {
  const fallback = def.defaultLanguage ?? 'en';
  return template.replace(PLACEHOLDER, (_, key: string) => {
    if (key.startsWith(HIDDEN_FIELD_PREFIX)) {
      const id = key.slice(HIDDEN_FIELD_PREFIX.length);
      if (!(def.hiddenFields ?? []).includes(id) || !Object.hasOwn(ctx.hidden, id)) return '';
      return ctx.hidden[id] ?? '';
    }
    const question = def.questions.find((q) => q.id === key);
    if (!question || !Object.hasOwn(ctx.answers, key)) return '';
    return formatAnswer(question, ctx.answers[key], language, fallback);
  });
}

/** The languages a survey offers: its default language first, then `languages`, without repeats. */
export function offeredLanguages(def: TSurveyDefinition): string[] {
  const defaultLanguage = def.defaultLanguage ?? 'en';
  return [...new Set([defaultLanguage, ...(def.languages ?? [])])];
}

/**
 * The language to show a survey in: the first candidate (say a link's `?lang=`, the contact's language,
 * then the browser's languages) that the survey offers — exactly (case- and `_`-insensitive), else by its
 * primary subtag (`vi-VN` → `vi`), else an offered regional variant (`vi` → `vi-VN`) — and otherwise the
 * survey's default language. Blank and missing candidates are passed over.
 */
export function chooseLanguage(
  def: TSurveyDefinition,
  candidates: readonly (string | null | undefined)[],
): string {
  const offered = offeredLanguages(def);
  const lower = offered.map((language) => language.toLowerCase());
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const wanted = candidate.trim().replace(/_/g, '-').toLowerCase();
    if (wanted === '' || wanted === '*') continue;
    const primary = primarySubtag(wanted);
    let index = lower.indexOf(wanted);
    if (index < 0) index = lower.indexOf(primary);
    if (index < 0) index = lower.findIndex((language) => primarySubtag(language) === primary);
    const found = offered[index];
    if (found !== undefined) return found;
  }
  return offered[0] ?? 'en';
}

/** The languages of an `Accept-Language` header, most preferred first (q=0 and `*` left out). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 50)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1])
        .find((v) => v !== undefined);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
    .map((entry) => entry.tag);
}
