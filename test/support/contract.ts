import { PUBLIC_COMMENT_KEYS as KEYS } from '@app/comments';

/** The keys of a PublicComment (the server's own list), sorted to compare with `Object.keys(...).sort()`. */
export const PUBLIC_COMMENT_KEYS = [...KEYS].sort();
