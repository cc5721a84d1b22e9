import { DefaultJobOptions } from 'bullmq';

/**
 * The one registry of queues and their job payloads. Payloads carry ids only: never text, never an email,
 * so nothing personal sits in Redis. Job ids are deterministic, so a re-enqueue never duplicates work.
 */
export const QUEUES = {
  moderation: 'moderation',
  webhooks: 'webhooks',
  mail: 'mail',
  alerts: 'alerts',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface ModerationJob {
  commentId: string;
}

export const moderationJobId = (commentId: string): string => commentId;

/** One delivery of one event to one endpoint; the job id is the delivery id (the `webhook-id` header). */
export interface WebhookJob {
  deliveryId: string;
  /** Lets the worker share its slots fairly between endpoints before it loads anything. */
  endpointId: string;
}

export const webhookJobId = (deliveryId: string): string => deliveryId;

/** One mail; the address and text stay in its database row. The job id is the mail id. */
export interface MailJob {
  mailId: string;
}

export const mailJobId = (mailId: string): string => mailId;

/**
 * A repeated tick (a BullMQ job scheduler, so one runs per interval however many workers there are) that sends the
 * moderators' digests that are due. It carries nothing: the work is found in the database.
 */
export type AlertsJob = Record<string, never>;

export const MODERATOR_DIGEST_SCHEDULER = 'moderator-digest';

/** Defaults for every job: retried with exponential backoff; bounded history so Redis does not grow. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
};
