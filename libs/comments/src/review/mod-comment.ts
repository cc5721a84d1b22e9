import { CommentCheckRow, CommentRow, CommentStatus } from '@app/db';
import { decryptEmail, maskEmail } from '../crypto/email-crypto';
import { AUTHOR_ACTOR, isDeletedByAuthor } from '../own-comments/author-actor';
import { PublicComment, toPublicComment } from '../read/public-comment';

export interface ModCheck {
  name: string;
  verdict: string;
  score: number;
  reason: string;
}

/** What a moderator sees: the public view, plus where it sits, why, and who decided. Never the full email. */
export interface ModComment extends PublicComment {
  siteId: string;
  threadId: string;
  status: CommentStatus;
  authorEmailMasked: string;
  /** 0–1; null while the comment waits for its checks. */
  spamScore: number | null;
  checks: ModCheck[];
  /** "auto" for the checks, "author" for the author's own edit or delete, a moderator's name, null while queued. */
  decidedBy: string | null;
  /** Extension: the author deleted it (status `rejected`, decided by "author"); no decision brings it back. */
  deletedByAuthor: boolean;
  decidedAt: string | null;
  /** Extension: the comment this one replies to, shortened, so a reply can be judged in context. */
  parent: { id: string; authorName: string; body: string; status: CommentStatus } | null;
}

const PARENT_EXCERPT = 280;

export function toModComment(
  row: CommentRow,
  context: {
    checks: CommentCheckRow[];
    parent: CommentRow | undefined;
    emailKey: Buffer;
    moderatorNames: Map<string, string>;
  },
): ModComment {
  const { parent } = context;
  return {
    ...toPublicComment(row),
    siteId: row.siteId,
    threadId: row.threadId,
    status: row.status,
    authorEmailMasked: maskedEmailOf(row, context.emailKey),
    spamScore: row.spamScore,
    checks: context.checks.map((c) => ({
      name: c.name,
      verdict: c.verdict,
      score: c.score,
      reason: c.reason,
    })),
    decidedBy:
      row.decidedBy === null || row.decidedBy === 'auto' || row.decidedBy === AUTHOR_ACTOR
        ? row.decidedBy
        : (context.moderatorNames.get(row.decidedBy) ?? 'a former moderator'),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    deletedByAuthor: isDeletedByAuthor(row),
    parent: parent
      ? {
          id: parent.id,
          authorName: parent.authorName,
          body: [...parent.body].slice(0, PARENT_EXCERPT).join(''),
          status: parent.status,
        }
      : null,
  };
}

/** A key rotated without re-encrypting old rows must not break the queue: those show as unreadable. */
function maskedEmailOf(row: CommentRow, key: Buffer): string {
  try {
    return maskEmail(decryptEmail(row.authorEmailEncrypted, key));
  } catch {
    return '(unreadable)';
  }
}
