import {
  ZAccount,
  ZAccountContactBody,
  ZAccountContactParams,
  ZAccountCreate,
  ZAccountDetail,
  ZAccountListItem,
  ZAccountListQuery,
  ZAccountMembership,
  ZAccountRoleWeights,
  ZAccountUpdate,
  ZContactProfile,
  ZIdParams,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createAccount,
  deleteAccount,
  getAccountDetail,
  getContactProfile,
  getRoleWeights,
  listAccounts,
  removeAccountContact,
  setAccountContact,
  setRoleWeights,
  updateAccount,
} from './accounts.service';

export function accountRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/accounts',
      tag: 'Accounts',
      summary:
        'Create a B2B account (company); attributes the product reads: plan, arr, renewal_date, industry',
      access: 'contacts.write',
      body: ZAccountCreate,
      responses: { 201: ZAccount },
      handler: ({ body, principal }) => createAccount(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/accounts',
      tag: 'Accounts',
      summary:
        'List accounts with their health (role-weighted NPS of the last 90 days), churn risk, spend (attributes.arr) and renewal date; sort=health (worst first), risk (highest first), spend (highest first), renewal (soonest first) or name',
      access: 'contacts.read',
      query: ZAccountListQuery,
      responses: { 200: zPage(ZAccountListItem) },
      handler: ({ query, principal }) => listAccounts(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/accounts/:id',
      tag: 'Accounts',
      summary:
        "An account with its people (role, latest NPS/CSAT/CES) and health: role-weighted NPS and CSAT of each person's latest answer in the last 90 days with n and a 95% CI (Kish effective n), decision-maker coverage, trend against the 90 days before, open cases, sentiment, churn risk and renewal date",
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZAccountDetail },
      handler: ({ params, principal }) =>
        getAccountDetail(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/accounts/:id',
      tag: 'Accounts',
      summary: 'Change an account (attributes are replaced as a whole)',
      access: 'contacts.write',
      params: ZIdParams,
      body: ZAccountUpdate,
      responses: { 200: ZAccount },
      handler: ({ params, body, principal }) =>
        updateAccount(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/accounts/:id',
      tag: 'Accounts',
      summary: 'Delete an account (its people stay, unlinked)',
      access: 'contacts.write',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteAccount(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/accounts/:id/contacts/:contactId',
      tag: 'Accounts',
      summary:
        'Put a person in an account with a role (decision_maker, influencer, finance, technical, user or a workspace role), or change it',
      access: 'contacts.write',
      params: ZAccountContactParams,
      body: ZAccountContactBody,
      responses: { 200: ZAccountMembership },
      handler: ({ params, body, principal }) =>
        setAccountContact(ctx, requireWorkspace(principal), params.id, params.contactId, body.role),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/accounts/:id/contacts/:contactId',
      tag: 'Accounts',
      summary: 'Take a person out of an account',
      access: 'contacts.write',
      params: ZAccountContactParams,
      responses: { 204: null },
      handler: ({ params, principal }) =>
        removeAccountContact(ctx, requireWorkspace(principal), params.id, params.contactId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/account-role-weights',
      tag: 'Accounts',
      summary:
        'How much each contact role counts in account health (defaults merged with the workspace’s own)',
      access: 'contacts.read',
      responses: { 200: ZAccountRoleWeights },
      handler: ({ principal }) => getRoleWeights(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/account-role-weights',
      tag: 'Accounts',
      summary:
        'Set role weights (0–100); roles not named keep their default, workspace roles without a weight count 1',
      access: 'settings.manage',
      body: ZAccountRoleWeights,
      responses: { 200: ZAccountRoleWeights },
      handler: ({ body, principal }) => setRoleWeights(ctx, requireWorkspace(principal), body.weights),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id/profile',
      tag: 'Contacts',
      summary:
        "What a customer's 360 page shows beside the profile: latest NPS, CSAT and CES with dates, monthly comment sentiment, open cases and accounts",
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZContactProfile },
      handler: ({ params, principal }) =>
        getContactProfile(ctx.db, requireWorkspace(principal).workspaceId, params.id),
    }),
  ];
}
