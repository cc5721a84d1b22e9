import { CommentStatus } from '@app/db';

export type ImportFormat = 'wxr' | 'disqus';

/** One comment as a source file describes it, already in our terms (status, thread id, plain text, UTC date). */
export interface SourceComment {
  /** The source's own id (`wp:comment_id`, Disqus `dsq:id`): with the format, the stable import key. */
  sourceId: string;
  threadId: string;
  parentSourceId: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  clientIp: string | null;
  userAgent: string | null;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  publishedAt: Date | null;
}

export type ProblemCode =
  | 'bad_date'
  | 'unknown_status'
  | 'empty_body'
  | 'thread_missing'
  | 'parent_missing'
  | 'parent_not_imported'
  | 'malformed_xml'
  | 'truncated';

/** Something in the file that could not be imported, named by the source id so an operator can find it. */
export interface ImportProblem {
  sourceId: string | null;
  code: ProblemCode;
  message: string;
}

/** What a reader yields while streaming a file: a comment, a reason to skip one, or a problem. */
export type SourceRecord =
  | { kind: 'comment'; comment: SourceComment }
  | { kind: 'skip'; sourceId: string; reason: 'pingback' | 'trackback' }
  | { kind: 'problem'; problem: ImportProblem };

/** Our own WXR extension: what WordPress's fields cannot carry exactly, so an export re-imports identically. */
export const EXPORT_NAMESPACE = 'urn:comment-moderation:export:1';
