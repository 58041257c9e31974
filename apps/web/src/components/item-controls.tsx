import { Icon } from './icons';

interface ItemControlsProps {
  /** Prefix of the buttons' ids (`${idPrefix}-up`, `${idPrefix}-down`), used to move focus after a move. */
  idPrefix: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  labels: {
    up: string;
    down: string;
    remove: string;
    removeText: string;
    upTitle?: string;
    downTitle?: string;
  };
}

/** Move up, move down and remove for one item of an ordered list (stages, touchpoints, questions, rules). */
export function ItemControls({ idPrefix, index, count, onMove, onRemove, labels }: ItemControlsProps) {
  return (
    <div className="button-row">
      <button
        type="button"
        id={`${idPrefix}-up`}
        className="icon-button"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={labels.up}
        title={labels.upTitle}
      >
        <Icon name="arrow-up" size={18} />
      </button>
      <button
        type="button"
        id={`${idPrefix}-down`}
        className="icon-button"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={labels.down}
        title={labels.downTitle}
      >
        <Icon name="arrow-down" size={18} />
      </button>
      <button
        type="button"
        className="btn btn-ghost-danger btn-small"
        onClick={onRemove}
        aria-label={labels.remove}
      >
        <Icon name="trash" size={16} />
        {labels.removeText}
      </button>
    </div>
  );
}
