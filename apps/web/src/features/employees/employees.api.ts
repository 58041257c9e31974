import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TEmployee, TEmployeeImportResult } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

function useEmployeesKey() {
  return [...useWorkspaceKey(), 'employees'] as const;
}

export function useEmployees(filters: { q: string; department: string }) {
  const key = useEmployeesKey();
  const q = filters.q.trim();
  const department = filters.department.trim();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', { q, department }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TEmployee>>('/api/v1/employees', {
        query: {
          q: q || undefined,
          department: department || undefined,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useImportEmployees() {
  const key = useEmployeesKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { items: Record<string, unknown>[]; full: boolean }) =>
      api<TEmployeeImportResult>('/api/v1/employees/import', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** HR export column names mapped onto the import's fields; other columns become custom attributes. */
const FIELDS: Record<string, string> = {
  email: 'email',
  name: 'name',
  full_name: 'name',
  department: 'department',
  location: 'location',
  team_id: 'teamId',
  manager_email: 'managerEmail',
  manageremail: 'managerEmail',
  manager: 'managerEmail',
  start_date: 'startDate',
  startdate: 'startDate',
};

export function toEmployeeItem(record: Record<string, string>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  for (const [column, raw] of Object.entries(record)) {
    const value = raw.trim();
    if (value === '') continue;
    const field =
      FIELDS[
        column
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ];
    if (field) item[field] = value;
    else attributes[column.trim()] = value;
  }
  if (Object.keys(attributes).length > 0) item.attributes = attributes;
  return item;
}
