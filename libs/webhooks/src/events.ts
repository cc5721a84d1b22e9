import { CommentStatus, WebhookEventType } from '@app/db';

export const WEBHOOK_EVENTS: readonly WebhookEventType[] = [
  'comment.published',
  'comment.unpublished',
  'comment.held',
];

/** What a status change means to a publisher; published → held is both an unpublish and a hold. */
export function eventsForTransition(previous: CommentStatus, next: CommentStatus): WebhookEventType[] {
  if (previous === next) return [];
  const events: WebhookEventType[] = [];
  if (next === 'published') events.push('comment.published');
  if (previous === 'published') events.push('comment.unpublished');
  if (next === 'held') events.push('comment.held');
  return events;
}
