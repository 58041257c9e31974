import { effectivePriority, evaluateCondition, matchesUrlPattern } from '@touchpoint/core';
import type { TSurveyDefinition, TSurveyDistribution } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { resolveContact } from '../contacts/index';
import { segmentsOfContacts } from '../segments/index';
import { brandOf } from '../workspace-settings/index';
import { decideForContact } from './contact-budget.service';

type WidgetTrigger =
  | { type: 'page_view'; url: string }
  | { type: 'click'; selector: string; url?: string | undefined }
  | { type: 'event'; event: string; url?: string | undefined }
  | { type: 'exit_intent'; url?: string | undefined };

const RANK = { high: 0, normal: 1, low: 2 } as const;

function matchesTrigger(distribution: TSurveyDistribution, trigger: WidgetTrigger): boolean {
  return distribution.widget.triggers.some((t) => {
    switch (t.type) {
      case 'page_view':
        return trigger.type === 'page_view' && matchesUrlPattern(t.urlPattern, trigger.url);
      case 'click':
        return trigger.type === 'click' && t.selector === trigger.selector;
      case 'event':
        return trigger.type === 'event' && t.event === trigger.event;
      default:
        return trigger.type === 'exit_intent';
    }
  });
}

async function widgetSurveys(ctx: AppContext, workspaceId: string) {
  const rows = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'name', 'status', 'definition', 'distribution', 'version', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'published')
    .execute();
  return rows
    .filter((row) => row.distribution.widget?.enabled)
    .sort(
      (a, b) =>
        RANK[effectivePriority(a.distribution)] - RANK[effectivePriority(b.distribution)] ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    );
}

/** What the widget must listen for on this site (so it sends no request for clicks nobody configured). */
export async function getWidgetConfig(ctx: AppContext, workspaceId: string) {
  const surveys = await widgetSurveys(ctx, workspaceId);
  const triggers = surveys.flatMap((s) => s.distribution.widget.triggers);
  const brand = await brandOf(ctx.db, workspaceId);
  return {
    // The panel and the chat take the workspace's brand colour (Settings → Workspace) as their accent.
    brand: { color: brand.color },
    clickSelectors: [...new Set(triggers.flatMap((t) => (t.type === 'click' ? [t.selector] : [])))],
    events: [...new Set(triggers.flatMap((t) => (t.type === 'event' ? [t.event] : [])))],
    exitIntent: triggers.some((t) => t.type === 'exit_intent'),
    pageViews: triggers.some((t) => t.type === 'page_view'),
  };
}

function toPublic(row: {
  id: string;
  name: string;
  status: string;
  definition: TSurveyDefinition;
  version: number;
}) {
  const d = row.definition;
  return {
    id: row.id,
    name: row.name,
    status: row.status as 'published',
    defaultLanguage: d.defaultLanguage,
    languages: d.languages ?? [d.defaultLanguage],
    questions: d.questions,
    hiddenFields: d.hiddenFields,
    logic: d.logic,
    endings: d.endings,
    version: row.version,
  };
}

/**
 * Which survey (at most one) the widget may show for this trigger. For an identified visitor the server
 * applies targeting on their attributes and the same contact budget as every other channel; an anonymous
 * visitor only gets surveys without targeting, and the browser remembers what it already showed.
 */
export async function findWidgetSurvey(
  ctx: AppContext,
  input: {
    workspaceId: string;
    contact?:
      | { externalId?: string | undefined; email?: string | undefined; phone?: string | undefined }
      | undefined;
    attributes: Record<string, string | number | boolean | null>;
    trigger: WidgetTrigger;
    seenSurveyIds: string[];
  },
) {
  const seen = new Set(input.seenSurveyIds);
  const candidates = (await widgetSurveys(ctx, input.workspaceId)).filter(
    (s) => !seen.has(s.id) && matchesTrigger(s.distribution, input.trigger),
  );
  if (candidates.length === 0)
    return { survey: null, reason: 'No published widget survey matches this trigger.' };

  if (!input.contact) {
    const open = candidates.find(
      (s) =>
        !s.distribution.widget.targeting &&
        !s.distribution.widget.segmentIds?.length &&
        Math.random() * 100 < s.distribution.samplingPercent,
    );
    return open
      ? { survey: toPublic(open), reason: null }
      : {
          survey: null,
          reason: 'The matching surveys target identified visitors only, or this visit was not sampled.',
        };
  }

  const contact = input.contact;
  return inTransaction(ctx, async (tx) => {
    const { contact: profile } = await resolveContact(tx, input.workspaceId, contact, input.attributes, null);
    const attributes = Object.fromEntries(
      Object.entries(profile.attributes).map(([key, value]) => [`attributes.${key}`, value]),
    ) as Record<string, string | number>;
    let reason = 'The visitor does not match the targeting of any matching survey.';
    for (const survey of candidates) {
      const targeting = survey.distribution.widget.targeting;
      if (targeting && !evaluateCondition(targeting, { answers: attributes, hidden: {} })) continue;
      const segmentIds = survey.distribution.widget.segmentIds ?? [];
      if (segmentIds.length > 0) {
        // In the transaction: the profile was just created or updated with this visit's attributes.
        const inSegments = await segmentsOfContacts(tx, input.workspaceId, segmentIds, [profile.id]);
        if (!inSegments.has(profile.id)) continue;
      }
      const decision = await decideForContact(tx, input.workspaceId, profile.id, survey);
      if (decision.allowed) return { survey: toPublic(survey), reason: null };
      reason = decision.detail;
    }
    return { survey: null, reason };
  });
}
