import { useQuery } from '@tanstack/react-query';
import { ROLES } from '@touchpoint/schemas/browser';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-message';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { api } from '../../lib/api';
import {
  accessOf,
  constraintsOf,
  derefRequestBody,
  derefResponse,
  fieldRows,
  groupOperations,
  type JsonSchema,
  jsonSchemaOf,
  type OpenApiDocument,
  type OpenApiParameter,
  type TAccess,
  type TOperationEntry,
  type TTagGroup,
  typeLabel,
} from './openapi';

export const OPENAPI_URL = '/api/v1/openapi.json';

/** Descriptions are CommonMark; inline `code` is the only markup worth rendering here. */
function InlineMarkdown({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
          <code key={index} className="inline-code">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function ApiReferencePage() {
  const { t } = useTranslation();
  const doc = useQuery({
    queryKey: ['openapi'],
    queryFn: ({ signal }) => api<OpenApiDocument>(OPENAPI_URL, { signal }),
    staleTime: 5 * 60_000,
  });

  return (
    <div className="page" data-testid="api-reference-page">
      <PageHeader
        title={t('apiReference.title')}
        description={t('apiReference.lead')}
        actions={
          <a
            className="btn btn-secondary"
            href={OPENAPI_URL}
            target="_blank"
            rel="noreferrer"
            data-testid="raw-openapi"
          >
            {t('apiReference.raw')}
            <Icon name="external" size={16} />
          </a>
        }
      />
      {doc.isPending ? (
        <LoadingState />
      ) : doc.error ? (
        <ErrorState error={doc.error} onRetry={() => void doc.refetch()} />
      ) : (
        <Reference doc={doc.data} />
      )}
    </div>
  );
}

function matches(entry: TOperationEntry, needle: string): boolean {
  if (!needle) return true;
  const haystack = [
    entry.method,
    entry.path,
    entry.operation.summary,
    entry.operation.description,
    entry.operation.operationId,
    ...(entry.operation.tags ?? []),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return needle
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function Reference({ doc }: { doc: OpenApiDocument }) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => groupOperations(doc), [doc]);
  const visible: TTagGroup[] = groups
    .map((group) => ({
      ...group,
      operations: group.operations.filter((entry) => matches(entry, filter.trim())),
    }))
    .filter((group) => group.operations.length > 0);
  const total = groups.reduce((sum, group) => sum + group.operations.length, 0);
  const baseUrl = `${window.location.origin}/api/v1`;

  return (
    <div className="reference">
      <aside className="reference-toc" aria-label={t('apiReference.contents')}>
        <div className="field">
          <label htmlFor={filterId}>{t('apiReference.filter')}</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            placeholder={t('apiReference.filterPlaceholder')}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="api-filter"
          />
        </div>
        <nav aria-label={t('apiReference.contents')}>
          <ul>
            {visible.map((group) => (
              <li key={group.name}>
                <a href={`#tag-${slug(group.name)}`}>
                  <span>{group.name}</span>
                  <span className="toc-count">{group.operations.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>

      <div className="reference-body">
        <section className="card" aria-labelledby="api-overview-title">
          <h2 id="api-overview-title" className="section-title">
            {doc.info.title} <span className="badge badge-neutral">v{doc.info.version}</span>
          </h2>
          {doc.info.description && (
            <p className="prewrap">
              <InlineMarkdown text={doc.info.description} />
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t('apiReference.baseUrl')}</dt>
              <dd>
                <code className="mono">{baseUrl}</code>
              </dd>
            </div>
            <div>
              <dt>{t('apiReference.auth')}</dt>
              <dd>{t('apiReference.authText')}</dd>
            </div>
            <div>
              <dt>{t('apiReference.errors')}</dt>
              <dd>{t('apiReference.errorsText')}</dd>
            </div>
            <div>
              <dt>{t('apiReference.pagination')}</dt>
              <dd>{t('apiReference.paginationText')}</dd>
            </div>
          </dl>
          <p className="muted">{t('apiReference.count', { count: total, version: doc.openapi })}</p>
        </section>

        {visible.length === 0 && (
          <p className="muted" role="status">
            {t('apiReference.noMatch')}
          </p>
        )}

        {visible.map((group) => (
          <section
            key={group.name}
            className="reference-tag"
            id={`tag-${slug(group.name)}`}
            aria-labelledby={`tag-title-${slug(group.name)}`}
            data-testid="api-tag"
          >
            <h2 className="tag-title" id={`tag-title-${slug(group.name)}`}>
              {group.name}
            </h2>
            {group.description && <p className="muted">{group.description}</p>}
            <div className="stack">
              {group.operations.map((entry) => (
                <OperationCard key={`${entry.method} ${entry.path}`} doc={doc} entry={entry} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

function AccessLine({ access }: { access: TAccess }) {
  const { t } = useTranslation();
  if (access.kind === 'public')
    return <span className="badge badge-public">{t('apiReference.access.public')}</span>;
  const isEveryRole = access.kind === 'roles' && ROLES.every((role) => access.roles.includes(role));
  if (access.kind === 'authenticated' || isEveryRole) {
    return (
      <span className="access-roles">
        <span className="badge badge-neutral">{t('apiReference.access.authenticated')}</span>
        {access.kind === 'roles' && access.permission && (
          <code className="mono small">{access.permission}</code>
        )}
      </span>
    );
  }
  return (
    <span className="access-roles">
      {access.roles.map((role) => (
        <span key={role} className={`badge badge-role badge-role-${role}`}>
          {t(`roles.${role}`, { defaultValue: role })}
        </span>
      ))}
      {access.permission && <code className="mono small">{access.permission}</code>}
    </span>
  );
}

function OperationCard({ doc, entry }: { doc: OpenApiDocument; entry: TOperationEntry }) {
  const { t } = useTranslation();
  const { operation, method, path, parameters } = entry;
  const access = accessOf(doc, operation);
  const body = operation.requestBody ? derefRequestBody(doc, operation.requestBody) : null;
  const bodySchema = body ? jsonSchemaOf(body.content) : null;
  const responses = Object.entries(operation.responses ?? {});
  const success = responses.filter(([status]) => /^[123]/.test(status));
  const failures = responses.filter(([status]) => !success.some(([s]) => s === status));

  return (
    <details className="operation" data-testid="api-operation" data-method={method} data-path={path}>
      <summary className="operation-summary">
        <span className={`method method-${method}`}>{method.toUpperCase()}</span>
        <code className="operation-path">{path}</code>
        <span className="operation-title">{operation.summary ?? operation.operationId ?? ''}</span>
        {operation.deprecated && (
          <span className="badge badge-status-revoked">{t('apiReference.deprecated')}</span>
        )}
      </summary>
      <div className="operation-body">
        {operation.description && (
          <p className="prewrap">
            <InlineMarkdown text={operation.description} />
          </p>
        )}
        <p className="operation-access">
          <span className="label">{t('apiReference.requiredRole')}</span> <AccessLine access={access} />
        </p>

        {parameters.length > 0 && (
          <div className="operation-section">
            <h3 className="operation-section-title">{t('apiReference.parameters')}</h3>
            <ParametersTable doc={doc} parameters={parameters} />
          </div>
        )}

        {body && (
          <div className="operation-section">
            <h3 className="operation-section-title">
              {t('apiReference.requestBody')}
              {bodySchema && <span className="media-type">{bodySchema.mediaType}</span>}
              {body.required && <span className="badge badge-neutral">{t('apiReference.required')}</span>}
            </h3>
            {body.description && <p className="muted">{body.description}</p>}
            <SchemaTable doc={doc} schema={bodySchema?.schema} />
          </div>
        )}

        <div className="operation-section">
          <h3 className="operation-section-title">{t('apiReference.responses')}</h3>
          {success.map(([status, raw]) => {
            const response = derefResponse(doc, raw);
            const content = jsonSchemaOf(response.content);
            return (
              <div key={status} className="response">
                <p className="response-head">
                  <span className="status status-ok">{status}</span>
                  <span>{response.description}</span>
                  {content && <span className="media-type">{content.mediaType}</span>}
                </p>
                {content?.schema && <SchemaTable doc={doc} schema={content.schema} />}
              </div>
            );
          })}
          {failures.length > 0 && (
            <ul className="error-list">
              {failures.map(([status, raw]) => (
                <li key={status}>
                  <span className="status status-error">{status}</span> {derefResponse(doc, raw).description}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </details>
  );
}

function ParametersTable({ doc, parameters }: { doc: OpenApiDocument; parameters: OpenApiParameter[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-fields">
        <thead>
          <tr>
            <th scope="col">{t('apiReference.columns.name')}</th>
            <th scope="col">{t('apiReference.columns.in')}</th>
            <th scope="col">{t('apiReference.columns.type')}</th>
            <th scope="col">{t('apiReference.columns.required')}</th>
            <th scope="col">{t('apiReference.columns.description')}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((parameter) => (
            <tr key={`${parameter.in}:${parameter.name}`}>
              <td>
                <code className="field-name">{parameter.name}</code>
              </td>
              <td>{parameter.in}</td>
              <td>
                <code className="type">{typeLabel(doc, parameter.schema)}</code>
              </td>
              <td className={parameter.required ? undefined : 'required-no'}>
                {parameter.required ? t('common.yes') : t('common.no')}
              </td>
              <td>
                {parameter.description ?? parameter.schema?.description ?? ''}
                {parameter.schema && <Constraints schema={parameter.schema} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Constraints({ schema }: { schema: JsonSchema }) {
  const { t } = useTranslation();
  const constraints = constraintsOf(schema);
  if (constraints.length === 0) return null;
  return (
    <span className="constraints">
      {constraints.map((c) => t(`apiReference.constraints.${c.key}`, c.values)).join(' · ')}
    </span>
  );
}

function SchemaTable({ doc, schema }: { doc: OpenApiDocument; schema: JsonSchema | undefined }) {
  const { t } = useTranslation();
  const rows = fieldRows(doc, schema);
  if (rows.length === 0) return <p className="muted">{t('apiReference.noFields')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-fields" data-testid="schema-table">
        <thead>
          <tr>
            <th scope="col">{t('apiReference.columns.field')}</th>
            <th scope="col">{t('apiReference.columns.type')}</th>
            <th scope="col">{t('apiReference.columns.required')}</th>
            <th scope="col">{t('apiReference.columns.description')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <td>
                <code className="field-name" style={{ paddingInlineStart: `${row.depth * 0.75}rem` }}>
                  {row.name}
                </code>
              </td>
              <td>
                <code className="type">{row.type}</code>
              </td>
              <td className={row.required ? undefined : 'required-no'}>
                {row.required ? t('common.yes') : t('common.no')}
              </td>
              <td>
                <InlineMarkdown text={row.description} />
                {row.constraints.length > 0 && (
                  <span className="constraints">
                    {row.constraints.map((c) => t(`apiReference.constraints.${c.key}`, c.values)).join(' · ')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
