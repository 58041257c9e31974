import type { TAgentCoaching } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useSignedInMe } from '../auth/auth.api';
import { measured, num } from '../ex-cx/figures';
import { useAddCoachingNote, useAgentCoaching, useCoachingAgents, useTeamCoaching } from './coaching.api';

type TFigures = TAgentCoaching['figures'];
type TTopic = TAgentCoaching['topics'][number];

function duration(seconds: number | null, t: (key: string, o?: Record<string, unknown>) => string) {
  if (seconds === null) return t('exCx.none');
  if (seconds < 3600) return t('coaching.minutes', { n: num(seconds / 60, 0) });
  return t('coaching.hours', { n: num(seconds / 3600, 1) });
}

function FiguresList({ figures, testId }: { figures: TFigures; testId: string }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-stacked" data-testid={testId}>
      <dt>{t('coaching.csat')}</dt>
      <dd data-testid={`${testId}-csat`}>{measured(figures.csat, t, ' %')}</dd>
      <dt>{t('coaching.cases')}</dt>
      <dd>
        {t('coaching.resolved', { n: figures.cases.resolved })} · {measured(figures.cases.csat, t, ' %')}
      </dd>
      <dt>{t('coaching.conversations')}</dt>
      <dd>
        {t('coaching.resolved', { n: figures.conversations.resolved })} ·{' '}
        {measured(figures.conversations.csat, t, ' %')}
      </dd>
      <dt>{t('coaching.firstResponse')}</dt>
      <dd>
        {t('coaching.median', {
          value: duration(figures.firstResponse.medianSeconds, t),
          n: figures.firstResponse.n,
        })}
      </dd>
      <dt>{t('coaching.resolution')}</dt>
      <dd>
        {t('coaching.median', {
          value: duration(figures.resolution.medianSeconds, t),
          n: figures.resolution.n,
        })}
      </dd>
    </dl>
  );
}

/** `/coaching`: the people and teams the caller may coach (an agent goes straight to their own page). */
export function CoachingPage() {
  const { t } = useTranslation();
  const agents = useCoachingAgents();
  const [params] = useSearchParams();
  const teamId = params.get('team') ?? agents.data?.teams[0]?.id;
  return (
    <div className="page page-wide" data-testid="coaching-page">
      <PageHeader title={t('coaching.title')} description={t('coaching.lead')} />
      {agents.isPending ? (
        <LoadingState />
      ) : agents.error || !agents.data ? (
        <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="coaching-people">
            <h2 id="coaching-people" className="section-title">
              {t('coaching.people')}
            </h2>
            {agents.data.items.length === 0 ? (
              <EmptyState title={t('coaching.noPeople')} />
            ) : (
              <ul className="plain-list" data-testid="coaching-people">
                {agents.data.items.map((person) => (
                  <li key={person.userId}>
                    <Link to={`/coaching/${person.userId}`}>{person.name || person.email}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {teamId && <TeamSection teamId={teamId} teams={agents.data.teams} />}
        </>
      )}
    </div>
  );
}

function TeamSection({ teamId, teams }: { teamId: string; teams: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const team = useTeamCoaching(teamId);
  return (
    <section className="card" aria-labelledby="coaching-team" data-testid="coaching-team">
      <h2 id="coaching-team" className="section-title">
        {t('coaching.team', { team: teams.find((x) => x.id === teamId)?.name ?? '' })}
      </h2>
      {teams.length > 1 && (
        <nav aria-label={t('coaching.otherTeams')}>
          {teams.map((x) => (
            <Link key={x.id} className="btn btn-secondary btn-small" to={`/coaching?team=${x.id}`}>
              {x.name}
            </Link>
          ))}
        </nav>
      )}
      {team.isPending ? (
        <LoadingState />
      ) : team.error || !team.data ? (
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      ) : (
        <>
          <FiguresList figures={team.data.figures} testId="coaching-team-figures" />
          <DataTable
            query={{ items: team.data.agents, isPending: false, error: null, refetch: () => team.refetch() }}
            label={t('coaching.agents')}
            rowKey={(row) => row.userId}
            isStacked
            empty={<EmptyState title={t('coaching.noAgents')} />}
            columns={[
              {
                id: 'name',
                header: t('coaching.agent'),
                cell: (row) => <Link to={`/coaching/${row.userId}`}>{row.name}</Link>,
              },
              { id: 'csat', header: t('coaching.csat'), cell: (row) => measured(row.figures.csat, t, ' %') },
              {
                id: 'resolved',
                header: t('coaching.resolvedHeader'),
                cell: (row) => num(row.figures.cases.resolved + row.figures.conversations.resolved),
              },
              {
                id: 'resolution',
                header: t('coaching.resolution'),
                cell: (row) => duration(row.figures.resolution.medianSeconds, t),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** `/coaching/:userId`: one agent's figures, their weakest topics against the team, training and notes. */
export function AgentCoachingPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { userId = me.user?.id } = useParams();
  const coaching = useAgentCoaching(userId);
  const data = coaching.data;
  return (
    <div className="page page-wide" data-testid="agent-coaching-page">
      <PageHeader
        title={
          data ? t('coaching.agentTitle', { name: data.agent.name || data.agent.email }) : t('coaching.title')
        }
        description={data ? t('coaching.window', { days: data.days }) : undefined}
      />
      {coaching.isPending ? (
        <LoadingState />
      ) : coaching.error || !data ? (
        <ErrorState error={coaching.error} onRetry={() => void coaching.refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="coaching-figures">
            <h2 id="coaching-figures" className="section-title">
              {t('coaching.figures')}
            </h2>
            <FiguresList figures={data.figures} testId="coaching-agent-figures" />
            {data.team && (
              <>
                <h3 className="subsection-title">
                  {t('coaching.teamFigures', { team: data.teams[0]?.name ?? '' })}
                </h3>
                <FiguresList figures={data.team} testId="coaching-agent-team-figures" />
              </>
            )}
          </section>
          <section className="card" aria-labelledby="coaching-training" data-testid="coaching-training">
            <h2 id="coaching-training" className="section-title">
              {t('coaching.training')}
            </h2>
            {data.suggestedTraining.length === 0 ? (
              <EmptyState title={t('coaching.noTraining')} />
            ) : (
              <ul className="plain-list">
                {data.suggestedTraining.map((s) => (
                  <li key={s.topicId} data-testid="coaching-training-item">
                    {t('coaching.trainingItem', {
                      topic: s.topic,
                      n: s.lowCsat,
                      days: s.days,
                      average: num(s.teamAverage, 1),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="coaching-topics">
            <h2 id="coaching-topics" className="section-title">
              {t('coaching.topics')}
            </h2>
            <DataTable<TTopic>
              query={{ items: data.topics, isPending: false, error: null, refetch: () => coaching.refetch() }}
              label={t('coaching.topics')}
              testId="coaching-topics"
              rowKey={(row) => row.topicId}
              isStacked
              empty={<EmptyState title={t('coaching.noTopics')} />}
              columns={[
                { id: 'topic', header: t('coaching.topic'), cell: (row) => row.name },
                { id: 'csat', header: t('coaching.csat'), cell: (row) => measured(row.csat, t, ' %') },
                {
                  id: 'team',
                  header: t('coaching.teamCsat'),
                  cell: (row) => measured(row.teamCsat, t, ' %'),
                },
                { id: 'low', header: t('coaching.lowCsat'), cell: (row) => num(row.lowCsat) },
                {
                  id: 'avg',
                  header: t('coaching.teamAverage'),
                  cell: (row) => num(row.teamAverageLowCsat, 1),
                },
              ]}
            />
          </section>
          <NotesSection data={data} />
        </>
      )}
    </div>
  );
}

function NotesSection({ data }: { data: TAgentCoaching }) {
  const { t } = useTranslation();
  const add = useAddCoachingNote(data.agent.userId);
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await add.mutateAsync(text);
    setText('');
  };
  return (
    <section className="card" aria-labelledby="coaching-notes" data-testid="coaching-notes">
      <h2 id="coaching-notes" className="section-title">
        {t('coaching.notes')}
      </h2>
      {data.notes.length === 0 ? (
        <EmptyState title={t('coaching.noNotes')} />
      ) : (
        <ul className="plain-list">
          {data.notes.map((note) => (
            <li key={note.id} data-testid="coaching-note">
              <p>{note.text}</p>
              <p className="muted small">
                {note.authorName ?? t('coaching.someone')} · {formatDateTime(note.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data.canCoach && (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="coaching-note-text">{t('coaching.newNote')}</label>
            <textarea
              id="coaching-note-text"
              rows={3}
              value={text}
              maxLength={4000}
              required
              data-testid="coaching-note-text"
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <FormError error={add.error} />
          <button type="submit" className="btn btn-primary" disabled={add.isPending || !text.trim()}>
            {t('coaching.saveNote')}
          </button>
        </form>
      )}
    </section>
  );
}
