import { randomUUID } from 'node:crypto';
import { chooseLanguage, validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TSubmission, TSurveyDefinition } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { hashSecret } from '../../platform/crypto';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { employeeReportingValues, findActiveEmployeeByEmail } from '../employees/index';
import type { findSurveyForPublic } from '../surveys/index';

type PublicSurvey = NonNullable<Awaited<ReturnType<typeof findSurveyForPublic>>>;

/** Midnight UTC of today: the only time an anonymous response keeps. */
export function dayOnly(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Stores an answer to an anonymous employee programme (docs/CONFIDENTIALITY.md). The row keeps the answers,
 * the reporting attributes chosen for the programme, the language, the channel and the day; no contact,
 * employee or link id, no IP or user agent, no client metadata, no other hidden field, a random (not
 * time-ordered) id and only a hash of the idempotency key. Answers come in one finished submission (a
 * partial answer would need a server-side trail of the respondent). No per-response event is recorded, so
 * no webhook, automation, alert rule or per-response analysis sees it. Who completed is written apart,
 * in `employee_survey_completions`, without any link to the response.
 */
export async function submitAnonymousResponse(
  ctx: AppContext,
  survey: PublicSurvey,
  idempotencyKey: string,
  submission: TSubmission,
): Promise<{ id: string; finished: boolean }> {
  if (!submission.finished) {
    throw new AppError(
      'VALIDATION_FAILED',
      'An anonymous survey takes its answers in one finished submission.',
      [{ name: 'body.finished', reason: 'must be true for an anonymous survey' }],
    );
  }
  if (submission.linkToken) {
    throw new AppError('VALIDATION_FAILED', 'An anonymous survey is not answered through a personal link.', [
      { name: 'body.linkToken', reason: 'not accepted by an anonymous survey' },
    ]);
  }
  const definition = survey.definition as TSurveyDefinition;
  const answers = submission.answers as Record<string, TAnswerValue | null>;
  const { issues } = validateSubmission(definition, {
    answers,
    hiddenFields: submission.hiddenFields,
    finished: true,
  });
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      issues.map((i) => `${i.name}: ${i.reason}`).join('; '),
      issues.map((i) => ({ name: `body.${i.name}`, reason: i.reason })),
    );
  }
  const day = dayOnly();
  const npsQuestion = definition.questions.find((q) => q.type === 'nps');
  const nps = npsQuestion ? answers[npsQuestion.id] : undefined;
  const keyHash = hashSecret(`anonymous:${survey.id}:${idempotencyKey}`);
  return inTransaction(ctx, async (tx) => {
    // The respondent's reporting attributes come from the directory when they say who they are (their
    // email is used for this and for the completion record, never stored with the answers).
    const employee = submission.contact?.email
      ? await findActiveEmployeeByEmail(tx, survey.workspaceId, submission.contact.email)
      : undefined;
    const reporting: Record<string, string> = {};
    const fromDirectory = employee ? employeeReportingValues(employee, day) : {};
    for (const attribute of survey.reportingAttributes) {
      const value = employee ? fromDirectory[attribute] : submission.hiddenFields[attribute];
      if (typeof value === 'string' && value !== '') reporting[attribute] = value;
    }
    const inserted = await tx
      .insertInto('responses')
      .values({
        workspaceId: survey.workspaceId,
        id: randomUUID(),
        surveyId: survey.id,
        surveyVersion: survey.version,
        touchpointId: survey.touchpointId,
        contactId: null,
        linkId: null,
        idempotencyKey: keyHash,
        channel: submission.channel,
        language: chooseLanguage(definition, [submission.language]),
        answers: JSON.stringify(answers),
        hiddenFields: JSON.stringify(reporting),
        meta: JSON.stringify({}),
        npsScore: typeof nps === 'number' ? nps : null,
        finished: true,
        createdAt: day,
        updatedAt: day,
        finishedAt: day,
      })
      .onConflict((oc) => oc.columns(['workspaceId', 'surveyId', 'idempotencyKey']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      // A retry of the same submission: answered as before, nothing written twice.
      const existing = await tx
        .selectFrom('responses')
        .select('id')
        .where('workspaceId', '=', survey.workspaceId)
        .where('surveyId', '=', survey.id)
        .where('idempotencyKey', '=', keyHash)
        .executeTakeFirstOrThrow();
      return { id: existing.id, finished: true };
    }
    if (employee) {
      await tx
        .insertInto('employeeSurveyCompletions')
        .values({
          workspaceId: survey.workspaceId,
          surveyId: survey.id,
          employeeId: employee.id,
          completedOn: day.toISOString().slice(0, 10),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return { id: inserted.id, finished: true };
  });
}
