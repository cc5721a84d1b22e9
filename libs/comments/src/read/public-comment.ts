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
