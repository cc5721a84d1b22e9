import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '@app/db';

/** What the admin API shows of an endpoint: never its secret. */
export interface WebhookEndpointView {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  /** When the current run of failures began (null while deliveries succeed): the dashboard's "failing since". */
  failingSince: string | null;
  secretRotationEndsAt: string | null;
  createdAt: string;
}

export interface WebhookDeliveryView {
  id: string;
  event: string;
  commentId: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  attemptLog: { at: string; statusCode: number | null; latencyMs: number; error: string | null }[];
}

export function toEndpointView(row: WebhookEndpointRow): WebhookEndpointView {
  const rotating = row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date();
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    failingSince: row.failingSince?.toISOString() ?? null,
    secretRotationEndsAt: rotating ? row.previousSecretExpiresAt!.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDeliveryView(row: WebhookDeliveryRow, attempts: WebhookAttemptRow[]): WebhookDeliveryView {
  return {
    id: row.id,
    event: row.eventType,
    commentId: row.commentId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    attemptLog: attempts.map((a) => ({
      at: a.attemptedAt.toISOString(),
      statusCode: a.statusCode,
      latencyMs: a.latencyMs,
      error: a.error,
    })),
  };
}
