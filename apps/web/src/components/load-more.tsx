import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}

/** Cursor pagination: fetches the page after `nextCursor`. */
export function LoadMore({ hasNextPage, isFetchingNextPage, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="btn btn-secondary"
        onClick={onLoadMore}
        disabled={isFetchingNextPage}
        data-testid="load-more"
      >
        {isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}
