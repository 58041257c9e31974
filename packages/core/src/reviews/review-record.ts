/** Field names of an imported review, as the API takes them. */
export type ReviewField =
  | 'source'
  | 'externalId'
  | 'rating'
  | 'ratingScale'
  | 'author'
  | 'title'
  | 'text'
  | 'url'
  | 'language'
  | 'touchpointId'
  | 'postedAt';

// Vendor exports name columns many ways; these are the names we recognise (after lower-casing and
// turning spaces and dashes into underscores).
const ALIASES: Record<string, ReviewField> = {
  source: 'source',
  platform: 'source',
  external_id: 'externalId',
  externalid: 'externalId',
  id: 'externalId',
  review_id: 'externalId',
  rating: 'rating',
  stars: 'rating',
  score: 'rating',
  rating_scale: 'ratingScale',
  ratingscale: 'ratingScale',
  author: 'author',
  name: 'author',
  user: 'author',
  title: 'title',
  text: 'text',
  body: 'text',
  content: 'text',
  review: 'text',
  comment: 'text',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
  touchpoint_id: 'touchpointId',
  touchpointid: 'touchpointId',
  posted_at: 'postedAt',
  postedat: 'postedAt',
  date: 'postedAt',
  created_at: 'postedAt',
};

/**
 * Maps a loosely named record (a CSV row with a vendor's header, a JSON export) onto the review fields
 * the API takes: recognises common column names, turns numeric strings into numbers and dates into ISO
 * timestamps, and fills the source from `defaults` when the row has none. It does not validate: the
 * server's schema does, and names every bad field.
 */
export function mapReviewRecord(
  record: Record<string, unknown>,
  defaults: { source?: string | undefined } = {},
): Partial<Record<ReviewField, unknown>> {
  const mapped: Partial<Record<ReviewField, unknown>> = {};
  for (const [key, value] of Object.entries(record)) {
    const field =
      ALIASES[
        key
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ];
    if (field && value !== '' && value !== null && value !== undefined) mapped[field] = value;
  }
  if (!mapped.source && defaults.source) mapped.source = defaults.source;
  for (const numeric of ['rating', 'ratingScale'] as const) {
    if (typeof mapped[numeric] === 'string') mapped[numeric] = Number(mapped[numeric]);
  }
  if (mapped.postedAt !== undefined) {
    const date = new Date(String(mapped.postedAt));
    if (!Number.isNaN(date.getTime())) mapped.postedAt = date.toISOString();
  }
  if (mapped.externalId !== undefined) mapped.externalId = String(mapped.externalId);
  return mapped;
}
