/** The keys of a PublicComment as the contract lists them: what readers, the live stream and webhooks may see. */
export const PUBLIC_COMMENT_KEYS = [
  'authorName',
  'authorUrl',
  'avatar',
  'body',
  'bodyHtml',
  'createdAt',
  'id',
  'language',
  'parentId',
  'publishedAt',
].sort();
