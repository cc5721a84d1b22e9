import { CommentRow } from '@app/db';
import { renderBodyHtml } from './render-body';

/** What anyone may see of a comment: no email, no hash of one, no IP, no moderation detail. */
export interface PublicComment {
  id: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string | null;
  avatar: string;
  body: string;
  bodyHtml: string;
  language: string | null;
  createdAt: string;
  publishedAt: string | null;
  likes: number;
  featured: boolean;
  editedAt: string | null;
}

/**
 * Every key of a PublicComment, the one list the server and the tests share: the contract's fields plus the ones
 * readers' features added (likes, featured, editedAt). The compiler holds it equal to the interface, so a new field
 * is a decision taken here, and the e2e tests check that every answer, live event and webhook carries exactly these.
 */
export const PUBLIC_COMMENT_KEYS = [
  'id',
  'parentId',
  'authorName',
  'authorUrl',
  'avatar',
  'body',
  'bodyHtml',
  'language',
  'createdAt',
  'publishedAt',
  'likes',
  'featured',
  'editedAt',
] as const satisfies readonly (keyof PublicComment)[];

// A key of the interface missing from the list fails to compile here.
const everyKeyListed: Exclude<keyof PublicComment, (typeof PUBLIC_COMMENT_KEYS)[number]> extends never
  ? true
  : never = true;
void everyKeyListed;

export function toPublicComment(row: CommentRow): PublicComment {
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    avatar: row.avatarSeed,
    body: row.body,
    bodyHtml: renderBodyHtml(row.body),
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    likes: row.likeCount,
    featured: row.featured,
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}
