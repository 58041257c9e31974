import { CHANNELS, type TChannel, type TJourney, type TTeam } from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/dialog';
import { EditorLoader, EditorSaveBar, useEditorDraft } from '../../components/editor-shell';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { ItemControls } from '../../components/item-controls';
import { PageHeader } from '../../components/page-header';
import { useFocusLater } from '../../components/use-focus-later';
import { useCan } from '../auth/auth.api';
import { useTeams } from '../settings/settings.api';
import {
  draftFromJourney,
  missingNames,
  move,
  newStage,
  newTouchpoint,
  type TDraftStage,
  type TDraftTouchpoint,
  type TJourneyDraft,
  toJourneyInput,
} from './journey-draft';
import { useDeleteJourney, useJourney, useSaveJourney } from './journeys.api';

export function JourneyEditorPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const journey = useJourney(journeyId);
  return (
    <EditorLoader
      query={journey}
      title={t('nav.journeys')}
      notFound={t('journeys.editor.notFound')}
      backTo="/journeys"
      backLabel={t('journeys.editor.backToList')}
    >
      {(loaded) => <JourneyEditor key={loaded.id} journey={loaded} />}
    </EditorLoader>
  );
}

type TRemoval = { kind: 'stage'; stage: TDraftStage } | { kind: 'journey' };

function JourneyEditor({ journey }: { journey: TJourney }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('journeys.manage');
  const teams = useTeams();
  const save = useSaveJourney(journey.id);
  const deleteJourney = useDeleteJourney();
  const focusLater = useFocusLater();
  const {
    draft,
    setDraft,
    isDirty,
    markSaved,
    discard: discardDraft,
    leave,
  } = useEditorDraft<TJourneyDraft>(() => draftFromJourney(journey), toJourneyInput);
  const [showMissing, setShowMissing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [removal, setRemoval] = useState<TRemoval | null>(null);

  const missing = missingNames(draft);
  const isNameMissing = !draft.name.trim();
  const stageCount = draft.stages.length;

  const updateStage = (key: string, change: (stage: TDraftStage) => TDraftStage) =>
    setDraft((current) => ({
      ...current,
      stages: current.stages.map((stage) => (stage.key === key ? change(stage) : stage)),
    }));

  const updateTouchpoint = (
    stageKey: string,
    touchpointKey: string,
    change: Partial<Omit<TDraftTouchpoint, 'key' | 'id'>>,
  ) =>
    updateStage(stageKey, (stage) => ({
      ...stage,
      touchpoints: stage.touchpoints.map((touchpoint) =>
        touchpoint.key === touchpointKey ? { ...touchpoint, ...change } : touchpoint,
      ),
    }));

  const addStage = () => {
    const stage = newStage();
    setDraft((current) => ({ ...current, stages: [...current.stages, stage] }));
    focusLater(`${stage.key}-name`);
  };

  const moveStage = (index: number, delta: number) => {
    const stage = draft.stages[index];
    if (!stage) return;
    setDraft((current) => ({ ...current, stages: move(current.stages, index, delta) }));
    const direction = delta < 0 ? 'earlier' : 'later';
    const opposite = delta < 0 ? 'later' : 'earlier';
    focusLater(`${stage.key}-${direction}`, `${stage.key}-${opposite}`);
    setAnnouncement(
      t('journeys.editor.stageMoved', {
        name: stage.name || t('journeys.editor.untitledStage'),
        position: index + delta + 1,
        count: stageCount,
      }),
    );
  };

  const removeStage = (stage: TDraftStage) => {
    const index = draft.stages.findIndex((item) => item.key === stage.key);
    setDraft((current) => ({ ...current, stages: current.stages.filter((item) => item.key !== stage.key) }));
    const neighbour = draft.stages[index + 1] ?? draft.stages[index - 1];
    focusLater(neighbour ? `${neighbour.key}-name` : 'add-stage');
    setAnnouncement(
      t('journeys.editor.stageRemoved', { name: stage.name || t('journeys.editor.untitledStage') }),
    );
  };

  const addTouchpoint = (stageKey: string) => {
    const touchpoint = newTouchpoint();
    updateStage(stageKey, (stage) => ({ ...stage, touchpoints: [...stage.touchpoints, touchpoint] }));
    focusLater(`${touchpoint.key}-name`);
  };

  const moveTouchpoint = (stage: TDraftStage, index: number, delta: number) => {
    const touchpoint = stage.touchpoints[index];
    if (!touchpoint) return;
    updateStage(stage.key, (current) => ({
      ...current,
      touchpoints: move(current.touchpoints, index, delta),
    }));
    const direction = delta < 0 ? 'up' : 'down';
    const opposite = delta < 0 ? 'down' : 'up';
    focusLater(`${touchpoint.key}-${direction}`, `${touchpoint.key}-${opposite}`);
    setAnnouncement(
      t('journeys.editor.touchpointMoved', {
        name: touchpoint.name || t('journeys.editor.untitledTouchpoint'),
        position: index + delta + 1,
        count: stage.touchpoints.length,
      }),
    );
  };

  const moveTouchpointToStage = (fromKey: string, touchpoint: TDraftTouchpoint, toKey: string) => {
    setDraft((current) => ({
      ...current,
      stages: current.stages.map((stage) => {
        if (stage.key === fromKey) {
          return { ...stage, touchpoints: stage.touchpoints.filter((item) => item.key !== touchpoint.key) };
        }
        if (stage.key === toKey) return { ...stage, touchpoints: [...stage.touchpoints, touchpoint] };
        return stage;
      }),
    }));
    const target = draft.stages.find((stage) => stage.key === toKey);
    focusLater(`${touchpoint.key}-stage`);
    setAnnouncement(
      t('journeys.editor.touchpointMovedToStage', {
        name: touchpoint.name || t('journeys.editor.untitledTouchpoint'),
        stage: target?.name || t('journeys.editor.untitledStage'),
      }),
    );
  };

  const removeTouchpoint = (stage: TDraftStage, touchpoint: TDraftTouchpoint) => {
    const index = stage.touchpoints.findIndex((item) => item.key === touchpoint.key);
    updateStage(stage.key, (current) => ({
      ...current,
      touchpoints: current.touchpoints.filter((item) => item.key !== touchpoint.key),
    }));
    const neighbour = stage.touchpoints[index + 1] ?? stage.touchpoints[index - 1];
    focusLater(neighbour ? `${neighbour.key}-name` : `${stage.key}-add-touchpoint`);
    setAnnouncement(
      t('journeys.editor.touchpointRemoved', {
        name: touchpoint.name || t('journeys.editor.untitledTouchpoint'),
      }),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isNameMissing || missing.size > 0) {
      setShowMissing(true);
      const firstStage = draft.stages.find((stage) => missing.has(`stage:${stage.key}`));
      const firstTouchpoint = draft.stages
        .flatMap((stage) => stage.touchpoints)
        .find((touchpoint) => missing.has(`touchpoint:${touchpoint.key}`));
      focusLater(
        isNameMissing
          ? 'journey-name'
          : firstStage
            ? `${firstStage.key}-name`
            : `${firstTouchpoint?.key ?? ''}-name`,
      );
      setAnnouncement(t('journeys.editor.fixNames'));
      return;
    }
    setShowMissing(false);
    save.mutate(toJourneyInput(draft), {
      onSuccess: (saved) => {
        markSaved(draftFromJourney(saved));
        setAnnouncement(t('journeys.editor.saved'));
      },
    });
  };

  const discard = () => {
    discardDraft();
    setShowMissing(false);
    save.reset();
    setAnnouncement(t('journeys.editor.discarded'));
  };

  return (
    <div className="page page-wide" data-testid="journey-editor">
      <PageHeader
        title={draft.name.trim() || journey.name}
        description={t('journeys.editor.lead')}
        actions={
          <Link to="/journeys" className="btn btn-secondary btn-small">
            <Icon name="arrow-left" size={16} />
            {t('journeys.editor.backToList')}
          </Link>
        }
      />
      {!canManage && (
        <div className="alert alert-info" role="status">
          <p>{t('journeys.editor.readOnly')}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate className="stack-lg" aria-label={t('journeys.editor.formLabel')}>
        <fieldset className="plain-fieldset stack-lg" disabled={!canManage}>
          <section className="card" aria-labelledby="journey-details-title">
            <h2 id="journey-details-title" className="section-title">
              {t('journeys.editor.details')}
            </h2>
            <div className="form-grid">
              <TextField
                id="journey-name"
                label={t('journeys.fields.name')}
                value={draft.name}
                maxLength={120}
                onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
                error={showMissing && isNameMissing ? t('validation.required') : undefined}
              />
              <TextField
                label={t('journeys.fields.description')}
                value={draft.description}
                maxLength={1000}
                onChange={(event) => setDraft((current) => ({ ...current, description: event.target.value }))}
              />
            </div>
            {canManage && (
              <div className="card-footer">
                <button
                  type="button"
                  className="btn btn-ghost-danger btn-small"
                  onClick={() => setRemoval({ kind: 'journey' })}
                >
                  <Icon name="trash" size={16} />
                  {t('journeys.editor.delete')}
                </button>
              </div>
            )}
          </section>

          <section aria-labelledby="stages-title" className="stack">
            <div className="section-header">
              <div>
                <h2 id="stages-title" className="section-title">
                  {t('journeys.editor.stagesTitle')}
                </h2>
                <p className="muted">{t('journeys.editor.stagesLead')}</p>
              </div>
            </div>
            {draft.stages.length === 0 && (
              <p className="empty-state" data-testid="stages-empty">
                {t('journeys.editor.noStages')}
              </p>
            )}
            <ol className="stage-board" data-testid="stage-board">
              {draft.stages.map((stage, index) => (
                <li key={stage.key} className="stage-column" data-testid="stage" data-stage={stage.name}>
                  <StageEditor
                    stage={stage}
                    index={index}
                    stages={draft.stages}
                    teams={teams.items}
                    missing={showMissing ? missing : new Set()}
                    onRename={(name) => updateStage(stage.key, (current) => ({ ...current, name }))}
                    onMove={(delta) => moveStage(index, delta)}
                    onRemove={() =>
                      stage.touchpoints.length > 0 ? setRemoval({ kind: 'stage', stage }) : removeStage(stage)
                    }
                    onAddTouchpoint={() => addTouchpoint(stage.key)}
                    onChangeTouchpoint={(key, change) => updateTouchpoint(stage.key, key, change)}
                    onMoveTouchpoint={(touchpointIndex, delta) =>
                      moveTouchpoint(stage, touchpointIndex, delta)
                    }
                    onMoveTouchpointToStage={(touchpoint, toKey) =>
                      moveTouchpointToStage(stage.key, touchpoint, toKey)
                    }
                    onRemoveTouchpoint={(touchpoint) => removeTouchpoint(stage, touchpoint)}
                  />
                </li>
              ))}
              <li className="stage-column stage-column-add">
                <button type="button" id="add-stage" className="btn btn-secondary" onClick={addStage}>
                  <Icon name="plus" size={16} />
                  {t('journeys.editor.addStage')}
                </button>
              </li>
            </ol>
          </section>
        </fieldset>

        {canManage && (
          <EditorSaveBar
            isDirty={isDirty}
            isSaving={save.isPending}
            onDiscard={discard}
            testId="journey-editor-bar"
          >
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending ? t('common.working') : t('journeys.editor.save')}
            </button>
          </EditorSaveBar>
        )}
        <FormError error={save.error} />
      </form>

      <p className="visually-hidden" aria-live="polite" data-testid="journey-announcer">
        {announcement}
      </p>

      <ConfirmDialog
        open={removal?.kind === 'stage'}
        title={t('journeys.editor.removeStageTitle')}
        body={
          <p>
            {removal?.kind === 'stage' &&
              t('journeys.editor.removeStageBody', {
                name: removal.stage.name || t('journeys.editor.untitledStage'),
                count: removal.stage.touchpoints.length,
              })}
          </p>
        }
        confirmLabel={t('journeys.editor.removeStage')}
        onCancel={() => setRemoval(null)}
        onConfirm={() => {
          if (removal?.kind === 'stage') removeStage(removal.stage);
          setRemoval(null);
        }}
      />
      <ConfirmDialog
        open={removal?.kind === 'journey'}
        title={t('journeys.editor.deleteTitle')}
        body={<p>{t('journeys.editor.deleteBody', { name: journey.name })}</p>}
        confirmLabel={t('journeys.editor.delete')}
        isPending={deleteJourney.isPending}
        error={deleteJourney.error}
        onCancel={() => {
          setRemoval(null);
          deleteJourney.reset();
        }}
        onConfirm={() =>
          deleteJourney.mutate(journey.id, {
            onSuccess: () => {
              leave();
              setRemoval(null);
              void navigate('/journeys');
            },
          })
        }
      />
    </div>
  );
}

interface StageEditorProps {
  stage: TDraftStage;
  index: number;
  stages: TDraftStage[];
  teams: TTeam[];
  missing: Set<string>;
  onRename: (name: string) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onAddTouchpoint: () => void;
  onChangeTouchpoint: (key: string, change: Partial<Omit<TDraftTouchpoint, 'key' | 'id'>>) => void;
  onMoveTouchpoint: (index: number, delta: number) => void;
  onMoveTouchpointToStage: (touchpoint: TDraftTouchpoint, toKey: string) => void;
  onRemoveTouchpoint: (touchpoint: TDraftTouchpoint) => void;
}

function StageEditor({
  stage,
  index,
  stages,
  teams,
  missing,
  onRename,
  onMove,
  onRemove,
  onAddTouchpoint,
  onChangeTouchpoint,
  onMoveTouchpoint,
  onMoveTouchpointToStage,
  onRemoveTouchpoint,
}: StageEditorProps) {
  const { t } = useTranslation();
  const name = stage.name || t('journeys.editor.untitledStage');
  const headingId = useId();
  return (
    <section className="stage" aria-labelledby={headingId}>
      <h3 id={headingId} className="stage-heading">
        <span className="stage-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="visually-hidden">{t('journeys.editor.stageNumber', { number: index + 1 })}: </span>
        <span className="stage-heading-name">{name}</span>
      </h3>
      <TextField
        id={`${stage.key}-name`}
        label={t('journeys.fields.stageName')}
        value={stage.name}
        maxLength={120}
        onChange={(event) => onRename(event.target.value)}
        error={missing.has(`stage:${stage.key}`) ? t('validation.required') : undefined}
      />
      <div className="stage-tools">
        <button
          type="button"
          id={`${stage.key}-earlier`}
          className="icon-button stage-move"
          onClick={() => onMove(-1)}
          disabled={index === 0}
          aria-label={t('journeys.editor.moveStageEarlier', { name })}
          title={t('journeys.editor.moveEarlier')}
        >
          <Icon name="arrow-left" size={18} />
        </button>
        <button
          type="button"
          id={`${stage.key}-later`}
          className="icon-button stage-move"
          onClick={() => onMove(1)}
          disabled={index === stages.length - 1}
          aria-label={t('journeys.editor.moveStageLater', { name })}
          title={t('journeys.editor.moveLater')}
        >
          <Icon name="arrow-right" size={18} />
        </button>
        <button
          type="button"
          className="btn btn-ghost-danger btn-small"
          onClick={onRemove}
          aria-label={t('journeys.editor.removeStageNamed', { name })}
        >
          <Icon name="trash" size={16} />
          {t('journeys.editor.remove')}
        </button>
      </div>
      {stage.touchpoints.length === 0 ? (
        <p className="muted small stage-empty">{t('journeys.editor.noTouchpoints')}</p>
      ) : (
        <ol className="touchpoint-list" aria-label={t('journeys.editor.touchpointsOf', { name })}>
          {stage.touchpoints.map((touchpoint, touchpointIndex) => (
            <li key={touchpoint.key}>
              <TouchpointEditor
                touchpoint={touchpoint}
                index={touchpointIndex}
                count={stage.touchpoints.length}
                stageKey={stage.key}
                stages={stages}
                teams={teams}
                isNameMissing={missing.has(`touchpoint:${touchpoint.key}`)}
                onChange={(change) => onChangeTouchpoint(touchpoint.key, change)}
                onMove={(delta) => onMoveTouchpoint(touchpointIndex, delta)}
                onMoveToStage={(toKey) => onMoveTouchpointToStage(touchpoint, toKey)}
                onRemove={() => onRemoveTouchpoint(touchpoint)}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        id={`${stage.key}-add-touchpoint`}
        className="btn btn-secondary btn-small btn-block"
        onClick={onAddTouchpoint}
        aria-label={t('journeys.editor.addTouchpointTo', { name })}
      >
        <Icon name="plus" size={16} />
        {t('journeys.editor.addTouchpoint')}
      </button>
    </section>
  );
}

interface TouchpointEditorProps {
  touchpoint: TDraftTouchpoint;
  index: number;
  count: number;
  stageKey: string;
  stages: TDraftStage[];
  teams: TTeam[];
  isNameMissing: boolean;
  onChange: (change: Partial<Omit<TDraftTouchpoint, 'key' | 'id'>>) => void;
  onMove: (delta: number) => void;
  onMoveToStage: (toKey: string) => void;
  onRemove: () => void;
}

function TouchpointEditor({
  touchpoint,
  index,
  count,
  stageKey,
  stages,
  teams,
  isNameMissing,
  onChange,
  onMove,
  onMoveToStage,
  onRemove,
}: TouchpointEditorProps) {
  const { t } = useTranslation();
  const name = touchpoint.name || t('journeys.editor.untitledTouchpoint');
  const toggleChannel = (channel: TChannel, isOn: boolean) =>
    onChange({
      channels: isOn
        ? CHANNELS.filter((item) => item === channel || touchpoint.channels.includes(item))
        : touchpoint.channels.filter((item) => item !== channel),
    });
  return (
    <article className="touchpoint-card" data-testid="touchpoint" data-touchpoint={touchpoint.name}>
      <TextField
        id={`${touchpoint.key}-name`}
        label={t('journeys.fields.touchpointName')}
        value={touchpoint.name}
        maxLength={120}
        placeholder={t('journeys.fields.touchpointPlaceholder')}
        onChange={(event) => onChange({ name: event.target.value })}
        error={isNameMissing ? t('validation.required') : undefined}
      />
      <TextField
        label={t('journeys.fields.touchpointDescription')}
        value={touchpoint.description}
        maxLength={500}
        onChange={(event) => onChange({ description: event.target.value })}
      />
      <SelectField
        label={t('journeys.fields.ownerTeam')}
        value={touchpoint.ownerTeamId ?? ''}
        onChange={(event) => onChange({ ownerTeamId: event.target.value || null })}
      >
        <option value="">{t('journeys.fields.noOwner')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        {touchpoint.ownerTeamId && !teams.some((team) => team.id === touchpoint.ownerTeamId) && (
          <option value={touchpoint.ownerTeamId}>{t('journeys.fields.unknownTeam')}</option>
        )}
      </SelectField>
      <fieldset className="chip-fieldset">
        <legend>{t('journeys.fields.channels')}</legend>
        <div className="chip-checks">
          {CHANNELS.map((channel) => (
            <label key={channel} className="chip-check">
              <input
                type="checkbox"
                checked={touchpoint.channels.includes(channel)}
                onChange={(event) => toggleChannel(channel, event.target.checked)}
              />
              <span>{t(`channels.${channel}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="touchpoint-tools">
        {stages.length > 1 && (
          <SelectField
            id={`${touchpoint.key}-stage`}
            label={t('journeys.fields.stage')}
            className="touchpoint-stage"
            value={stageKey}
            onChange={(event) => onMoveToStage(event.target.value)}
          >
            {stages.map((stage, stageIndex) => (
              <option key={stage.key} value={stage.key}>
                {stageIndex + 1}. {stage.name || t('journeys.editor.untitledStage')}
              </option>
            ))}
          </SelectField>
        )}
        <ItemControls
          idPrefix={touchpoint.key}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          labels={{
            up: t('journeys.editor.moveTouchpointUp', { name }),
            down: t('journeys.editor.moveTouchpointDown', { name }),
            remove: t('journeys.editor.removeTouchpointNamed', { name }),
            removeText: t('journeys.editor.remove'),
            upTitle: t('journeys.editor.moveUp'),
            downTitle: t('journeys.editor.moveDown'),
          }}
        />
      </div>
    </article>
  );
}
