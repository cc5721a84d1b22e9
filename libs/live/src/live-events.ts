import { CommentRow, CommentStatus } from '@app/db';
import { PublicComment, toPublicComment } from '@app/comments';

/** What a reader's stream carries: a newly published comment, or the id of one that left the thread. */
export type LiveEvent =
  { type: 'comment.published'; data: PublicComment } | { type: 'comment.unpublished'; data: { id: string } };

/** How many recent events a thread keeps for readers who resume with Last-Event-ID, and for how long. */
export const REPLAY_LENGTH = 200;
export const REPLAY_TTL_SECONDS = 3600;

/** Redis names for one thread; the queue prefix keeps test runs and deployments apart. */
export function liveKeys(
  prefix: string,
  siteId: string,
  threadId: string,
): { channel: string; replay: string } {
  const thread = `${encodeURIComponent(siteId)}/${encodeURIComponent(threadId)}`;
  return { channel: `${prefix}:live:${thread}`, replay: `${prefix}:live-replay:${thread}` };
}

/** Only the moves into and out of `published` are news to readers; everything else stays private. */
export function liveEventOf(comment: CommentRow, previousStatus: CommentStatus): LiveEvent | null {
  if (comment.status === previousStatus) return null;
  if (comment.status === 'published') return { type: 'comment.published', data: toPublicComment(comment) };
  if (previousStatus === 'published') return { type: 'comment.unpublished', data: { id: comment.id } };
  return null;
}

/** One SSE frame; the JSON never holds a raw newline, so a single data line is enough. */
export function sseFrame(id: string, eventJson: string): string {
  const event = JSON.parse(eventJson) as LiveEvent;
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

const STREAM_ID = /^(\d{1,20})-(\d{1,20})$/;

export const isStreamId = (value: string | undefined): value is string => !!value && STREAM_ID.test(value);

/** Orders Redis stream ids (`ms-seq`) without losing precision. */
export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}
