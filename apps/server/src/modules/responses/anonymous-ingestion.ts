import { randomUUID } from 'node:crypto';
import { chooseLanguage, validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TSubmission, TSurveyDefinition } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { hashSecret } from '../../platform/crypto';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { findEmployeeLink } from '../employees/employee-invitations';
import { employeeReportingValues, findEmployeeById } from '../employees/index';
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
    // The hosted page sends each step as it goes; an anonymous survey keeps nothing until the final
    // submission (a partial answer would need a trail per respondent), so a step is acknowledged and
    // dropped. A personal link is still checked, so a bad link is reported on the first step.
    const token = submission.linkToken;
    await inTransaction(ctx, async (tx) => {
      if (!token) return refuseWithoutLinkWhenSentByLinks(tx, survey);
      const link = await findEmployeeLink(tx, survey.workspaceId, survey.id, token);
      if (link.usedAt) {
        throw new AppError('LINK_USED', 'This personal link has already been used to answer the survey.');
      }
    });
    return { id: randomUUID(), finished: false };
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
    // A retry of the same submission is answered as before (before the link, which it already spent).
    const earlier = await tx
      .selectFrom('responses')
      .select('id')
      .where('workspaceId', '=', survey.workspaceId)
      .where('surveyId', '=', survey.id)
      .where('idempotencyKey', '=', keyHash)
      .executeTakeFirst();
    if (earlier) return { id: earlier.id, finished: true };
    // A personal link names the employee; it is spent (marked with the day only) and never stored with
    // the answers, and is used for the reporting attributes and the completion record only. Nothing the
    // client sends (an email, hidden fields) can choose reporting attributes or mark someone completed:
    // it is unverified, and forged answers placed in a small group would unlock it (CONFIDENTIALITY.md).
    let employee: Awaited<ReturnType<typeof findEmployeeById>>;
    if (submission.linkToken) {
      const link = await findEmployeeLink(tx, survey.workspaceId, survey.id, submission.linkToken);
      if (link.usedAt) {
        // The same submission sent twice at once: the second waited on the link and is answered alike.
        const raced = await tx
          .selectFrom('responses')
          .select('id')
          .where('workspaceId', '=', survey.workspaceId)
          .where('surveyId', '=', survey.id)
          .where('idempotencyKey', '=', keyHash)
          .executeTakeFirst();
        if (raced) return { id: raced.id, finished: true };
        throw new AppError('LINK_USED', 'This personal link has already been used to answer the survey.');
      }
      await tx
        .updateTable('surveyLinks')
        .set({ usedAt: day })
        .where('workspaceId', '=', survey.workspaceId)
        .where('id', '=', link.id)
        .execute();
      employee = await findEmployeeById(tx, survey.workspaceId, link.employeeId);
    } else {
      await refuseWithoutLinkWhenSentByLinks(tx, survey);
    }
    // Without a link the answer keeps no reporting attribute, so it counts only in the whole survey.
    const reporting: Record<string, string> = {};
    const fromDirectory = employee ? employeeReportingValues(employee, day) : {};
    for (const attribute of survey.reportingAttributes) {
      const value = fromDirectory[attribute];
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

/**
 * A programme sent by personal links takes answers only through them: an answer without one could be
 * anyone's (an admin forging answers to push a small group past the threshold), so it is refused rather
 * than counted. A programme never sent by links (an open pulse) keeps such answers without attributes.
 */
async function refuseWithoutLinkWhenSentByLinks(tx: Tx, survey: PublicSurvey): Promise<void> {
  const sentByLinks = await tx
    .selectFrom('surveyLinks')
    .select('id')
    .where('workspaceId', '=', survey.workspaceId)
    .where('surveyId', '=', survey.id)
    .where('employeeId', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  if (sentByLinks) {
    throw new AppError(
      'PERSONAL_LINK_REQUIRED',
      'This anonymous survey was sent by personal links: answer through the link in your invitation.',
    );
  }
}
