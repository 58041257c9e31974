import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import {
  advance,
  answerProblem,
  chooseLanguage,
  goBack,
  offeredLanguages,
  parseAcceptLanguage,
  startRun,
  submissionAnswers,
} from '@touchpoint/core';
import { ZSubmission } from '@touchpoint/schemas';
import { hostedStrings, type THostedFailure } from '@touchpoint/widget/hosted-strings';
import { hostedMain, hostedMessage, type THostedSession } from '@touchpoint/widget/hosted-view';
import { respondentStrings } from '@touchpoint/widget/respondent-strings';
import { answerFromValues, problemText } from '@touchpoint/widget/survey-view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { publicPagePolicy } from '../../platform/http/security-headers';
import { embedOriginsOf } from '../identity/index';
import { findAnswerableSurvey, presentPublicSurvey, recordDisplay, submitResponse } from '../responses/index';
import { brandOf } from '../workspace-settings/index';
import { createAssetReader, renderDocument } from './hosted-survey.page';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type TSurvey = ReturnType<typeof presentPublicSurvey>;

/** Query parameters the page reads itself; every other one may fill a declared hidden field. */
const RESERVED_PARAMS = new Set(['lang', 't', 'channel']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORM_BODY_LIMIT = 64 * 1024;

/** The walk as the form posts it back; anything else starts the survey over. */
const ZSession = z.object({
  key: z.string().regex(/^[\x21-\x7e]{8,200}$/),
  walk: z.object({
    answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string()), z.null()])),
    current: z.string().nullable(),
    endingId: z.string().nullable(),
    isDone: z.boolean(),
  }),
  language: z.string().max(35),
  sent: z.array(z.string()).max(500),
  isDisplayed: z.boolean(),
});

interface TPageRequest {
  surveyId: string;
  query: URLSearchParams;
  languages: string[];
}

function pageRequest(request: FastifyRequest): TPageRequest {
  const { surveyId } = request.params as { surveyId: string };
  return {
    surveyId,
    query: new URL(request.url, 'http://localhost').searchParams,
    languages: parseAcceptLanguage(request.headers['accept-language']),
  };
}

/**
 * Sends a page compressed for the client (brotli, else gzip); never cached, since every page carries the
 * respondent's own response key.
 */
async function sendHtml(request: FastifyRequest, reply: FastifyReply, status: number, html: string) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('vary', 'accept-encoding');
  // The survey's workspace may have named sites that frame it (set when the survey loaded); else none may.
  if (!reply.hasHeader('content-security-policy'))
    reply.header('content-security-policy', publicPagePolicy([]));
  if (/\bbr\b/.test(accepted)) {
    const body = await brotli(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return reply.header('content-encoding', 'br').send(body);
  }
  if (/\bgzip\b/.test(accepted)) {
    return reply.header('content-encoding', 'gzip').send(await gzipAsync(html, { level: 6 }));
  }
  return reply.send(html);
}

/**
 * The hosted survey page, `/s/:surveyId`: rendered here with its first question as a plain HTML form, so
 * it shows as soon as the HTML arrives and works without JavaScript; a small script (the widget build's
 * `hosted.<hash>.js`) then takes the walk over in the browser. Without the script the form posts back to
 * the same address: the answer is recorded under the response's key and the next step is rendered.
 */
export function registerHostedSurveyPage(
  app: FastifyInstance,
  ctx: AppContext,
  options: { widgetDist?: string | undefined },
): void {
  const readAssets = createAssetReader(options.widgetDist);
  /** The brand of the workspace whose survey this request shows (looked up with the survey). */
  const brands = new WeakMap<FastifyRequest, { color: string | null; logoUrl: string | null }>();

  const messagePage = (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'missing' | 'closed' | 'failed',
    language: string,
  ) => {
    const html = renderDocument({
      language: hostedStrings(language).code,
      title: 'Touchpoint',
      main: [hostedMessage(kind, language)],
      assets: readAssets(),
    });
    return sendHtml(request, reply, kind === 'missing' ? 404 : kind === 'closed' ? 410 : 500, html);
  };

  /** The survey, or the page that says why there is none (sent, and null returned). */
  const loadSurvey = async (
    request: FastifyRequest,
    reply: FastifyReply,
    page: TPageRequest,
  ): Promise<TSurvey | null> => {
    const language = page.query.get('lang') ?? page.languages[0] ?? 'en';
    if (!UUID.test(page.surveyId)) {
      await messagePage(request, reply, 'missing', language);
      return null;
    }
    try {
      const found = await findAnswerableSurvey(ctx, page.surveyId);
      reply.header(
        'content-security-policy',
        publicPagePolicy(await embedOriginsOf(ctx.db, found.workspaceId)),
      );
      brands.set(request, await brandOf(ctx.db, found.workspaceId));
      return presentPublicSurvey(found);
    } catch (error) {
      if (error instanceof AppError && error.code === 'SURVEY_CLOSED') {
        await messagePage(request, reply, 'closed', language);
      } else if (error instanceof AppError && error.code === 'NOT_FOUND') {
        await messagePage(request, reply, 'missing', language);
      } else {
        request.log.error({ err: error }, 'the hosted survey page could not load its survey');
        await messagePage(request, reply, 'failed', language);
      }
      return null;
    }
  };

  const hiddenOf = (survey: TSurvey, query: URLSearchParams) => {
    const values: Record<string, string> = {};
    for (const id of survey.hiddenFields ?? []) {
      const value = query.get(id);
      if (value !== null && !RESERVED_PARAMS.has(id)) values[id] = value.slice(0, 500);
    }
    return values;
  };

  /** Links Touchpoint hands out say where they were shared; anything else is a plain link. */
  const channelOf = (query: URLSearchParams) => {
    const asked = query.get('channel');
    return asked === 'qr' || asked === 'email' || asked === 'sms' ? asked : 'link';
  };

  const walkPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    survey: TSurvey,
    session: THostedSession,
    extra: { error?: string; failure?: THostedFailure | null } = {},
  ) => {
    const query = new URL(request.url, 'http://localhost').searchParams;
    const hidden = hiddenOf(survey, query);
    const linkToken = query.get('t') ?? undefined;
    const html = renderDocument({
      language: session.language,
      title: survey.name,
      main: hostedMain({ survey, session, hidden, action: request.url, ...extra }),
      assets: readAssets(),
      brand: brands.get(request),
      data: session.walk.isDone
        ? undefined
        : { survey, session, hidden, channel: channelOf(query), ...(linkToken ? { linkToken } : {}) },
    });
    return sendHtml(request, reply, 200, html);
  };

  // The page reads the survey like `GET /api/v1/public/surveys/:id`, under the same per-IP limit.
  const pageLimit = { rateLimit: { max: ctx.limits.publicPerIpPerMinute * 3, timeWindow: 60_000 } };
  app.get('/s/:surveyId', { config: pageLimit }, async (request, reply) => {
    const page = pageRequest(request);
    const survey = await loadSurvey(request, reply, page);
    if (!survey) return reply;
    const session: THostedSession = {
      key: randomUUID(),
      walk: startRun(survey),
      language: chooseLanguage(survey, [page.query.get('lang'), ...page.languages]),
      sent: [],
      isDisplayed: false,
    };
    return walkPage(request, reply, survey, session);
  });

  // The form post of a browser without JavaScript (or before the script arrived): an encapsulated context,
  // so only this route reads url-encoded bodies.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, new URLSearchParams(String(body))),
    );
    scope.post(
      '/s/:surveyId',
      {
        bodyLimit: FORM_BODY_LIMIT,
        config: { rateLimit: { max: ctx.limits.publicPerIpPerMinute, timeWindow: 60_000 } },
        // The same per-survey budget as the JSON submission route: many addresses cannot flood one survey.
        preHandler: scope.rateLimit({
          max: ctx.limits.publicPerSurveyPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `survey:${((request.params as { surveyId?: string }).surveyId ?? '').toLowerCase()}`,
        }),
      },
      async (request, reply) => {
        const page = pageRequest(request);
        const survey = await loadSurvey(request, reply, page);
        if (!survey) return reply;
        const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
        const fresh = (): THostedSession => ({
          key: randomUUID(),
          walk: startRun(survey),
          language: chooseLanguage(survey, [page.query.get('lang'), ...page.languages]),
          sent: [],
          isDisplayed: false,
        });
        let posted: THostedSession | null = null;
        try {
          posted = ZSession.parse(JSON.parse(form.get('state') ?? 'null'));
        } catch {
          posted = null;
        }
        const question = survey.questions.find((q) => q.id === posted?.walk.current);
        // A broken or stale form (the survey changed) starts over; a finished walk stays finished.
        if (!posted || (!question && !posted.walk.isDone)) return walkPage(request, reply, survey, fresh());
        let session: THostedSession = posted;
        if (!question) return walkPage(request, reply, survey, session);

        const hidden = hiddenOf(survey, page.query);
        const answer = answerFromValues(question, form.getAll('answer'));
        session = {
          ...session,
          walk: { ...session.walk, answers: { ...session.walk.answers, [question.id]: answer } },
        };
        const language = form.get('lang');
        if (language !== null) {
          if (offeredLanguages(survey).includes(language)) session = { ...session, language };
          return walkPage(request, reply, survey, session);
        }
        if (form.get('go') === 'back') {
          return walkPage(request, reply, survey, { ...session, walk: goBack(survey, session.walk, hidden) });
        }
        const problem = answerProblem(question, answer);
        if (problem) {
          const error = problemText(problem, respondentStrings(session.language));
          return walkPage(request, reply, survey, session, { error });
        }

        const channel = channelOf(page.query);
        const linkToken = page.query.get('t') ?? undefined;
        const moved = advance(survey, session.walk, hidden);
        try {
          if (!session.isDisplayed) {
            await recordDisplay(ctx, survey.id, {
              channel,
              language: session.language,
              ...(linkToken ? { linkToken } : {}),
            });
            session = { ...session, isDisplayed: true };
          }
          const answers = submissionAnswers(survey, moved, hidden, session.sent);
          const submission = ZSubmission.parse({
            answers,
            hiddenFields: hidden,
            language: session.language,
            channel,
            finished: moved.isDone,
            ...(linkToken ? { linkToken } : {}),
            meta: { userAgent: String(request.headers['user-agent'] ?? '').slice(0, 500) },
          });
          await submitResponse(ctx, survey.id, session.key, submission);
          const sent = Object.keys(answers).filter((id) => answers[id] !== null);
          session = { ...session, sent: [...new Set([...session.sent, ...sent])] };
        } catch (error) {
          const isAppError = error instanceof AppError;
          if (isAppError && error.code === 'SURVEY_CLOSED') {
            return messagePage(request, reply, 'closed', session.language);
          }
          // A repeated final post (a reload): the response is complete.
          if (!(isAppError && error.code === 'RESPONSE_FINISHED')) {
            const isLink = isAppError && error.invalidParams.some((p) => p.name.endsWith('linkToken'));
            const failure: THostedFailure =
              isAppError && error.code === 'LINK_USED'
                ? 'linkUsed'
                : isLink
                  ? 'linkInvalid'
                  : isAppError || error instanceof z.ZodError
                    ? 'invalid'
                    : 'network';
            if (failure === 'network') request.log.error({ err: error }, 'a hosted survey answer failed');
            return walkPage(request, reply, survey, session, { failure });
          }
        }
        return walkPage(request, reply, survey, { ...session, walk: moved });
      },
    );
  });
}
