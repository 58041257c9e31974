import {
  ZIdParams,
  ZSuggestion,
  ZSuggestionBody,
  ZSuggestionListQuery,
  ZSuggestionUpdateBody,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { createSuggestion, listSuggestions, updateSuggestion, voteSuggestion } from './suggestions.service';

export function suggestionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/suggestions',
      tag: 'Suggestions',
      summary:
        'The staff suggestion channel: ideas with their votes, whether you voted, the author (null when posted anonymously), the manager’s open answer and status, and their sentiment and topics from the text analytics',
      access: 'workspace.read',
      query: ZSuggestionListQuery,
      responses: { 200: z.object({ items: z.array(ZSuggestion) }) },
      handler: ({ query, principal }) => listSuggestions(ctx, requireWorkspace(principal), query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/suggestions',
      tag: 'Suggestions',
      summary:
        'Post an idea by name or with `"anonymous": true` (then no author is stored, only the day it was posted, and the id is random)',
      access: 'user',
      body: ZSuggestionBody,
      responses: { 201: ZSuggestion },
      handler: ({ body, principal }) => createSuggestion(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/suggestions/:id/votes',
      tag: 'Suggestions',
      summary: 'Vote for an idea (once per person; a second vote answers 409)',
      access: 'user',
      params: ZIdParams,
      responses: { 201: ZSuggestion },
      handler: ({ params, principal }) => voteSuggestion(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/suggestions/:id',
      tag: 'Suggestions',
      summary: 'Answer an idea in the open and/or mark it planned, done or declined (admins and CX managers)',
      access: 'employees.manage',
      params: ZIdParams,
      body: ZSuggestionUpdateBody,
      responses: { 200: ZSuggestion },
      handler: ({ params, body, principal }) =>
        updateSuggestion(ctx, requireWorkspace(principal), params.id, body),
    }),
  ];
}
