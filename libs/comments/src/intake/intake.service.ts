import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { isStoreUnavailable, isUniqueViolation } from '@app/db';
import { Secrets, SECRETS } from '@app/config';
import { foldedWords } from '@app/moderation';
import { ModerationQueue } from '../check/moderation-queue';
import { CommentsRepository } from '../comments.repository';
import { avatarSeed, emailLookupHmac, encryptEmail } from '../crypto/email-crypto';
import { issueFormToken, IssuedFormToken, newStatusToken, readFormToken } from '../crypto/tokens';
import {
  DuplicateCommentError,
  ForbiddenError,
  StoreUnavailableError,
  TooManyRequestsError,
  ValidationFailedError,
} from '../domain-errors';
import { SitesService } from '../sites/sites.service';
import { errorMessage, MessageLanguage } from './messages';
import { validateSubmission } from './submission';

export interface SubmissionRequest {
  siteId: string;
  threadId: string;
  fields: unknown;
  clientIp: string | null;
  userAgent: string | null;
  language: MessageLanguage;
  /** The anonymous reader id, when the reader had a valid one (issue 17). */
  readerId?: string | null;
}

export interface AcceptedSubmission {
  id: string;
  status: 'queued';
  threadId: string;
  parentId: string | null;
  createdAt: string;
  statusToken: string;
}

/** A fingerprint of the words alone: "Nice post!!" and "nice post" are the same text for duplicates and repeats. */
export function bodyFingerprint(body: string): string {
  return createHash('sha256').update(foldedWords(body).join(' ')).digest('base64url').slice(0, 32);
}

@Injectable()
export class IntakeService {
  constructor(
    private readonly sites: SitesService,
    private readonly comments: CommentsRepository,
    private readonly queue: ModerationQueue,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  /** The site must exist; the token itself is stateless. */
  async formToken(siteId: string, threadId: string): Promise<IssuedFormToken> {
    await this.sites.settings(siteId);
    return issueFormToken(siteId, threadId, this.secrets.formTokenKey);
  }

  /** Validates, stores durably, and only then answers; the queue is told after the commit. */
  async submit(request: SubmissionRequest): Promise<AcceptedSubmission> {
    try {
      const accepted = await this.store(request);
      await this.queue.enqueueOrLeaveToSweeper(accepted.id);
      return accepted;
    } catch (error) {
      if (isStoreUnavailable(error)) throw new StoreUnavailableError();
      throw error;
    }
  }

  private async store(request: SubmissionRequest): Promise<AcceptedSubmission> {
    const { siteId, threadId } = request;
    const site = await this.sites.settings(siteId);
    if (site.closed) throw new ForbiddenError('Comments are closed on this site.');

    const result = validateSubmission(request.fields, site.maxBodyLength, request.language);
    if (!result.ok) throw new ValidationFailedError(result.errors);
    const submission = result.value;

    const thread = await this.comments.findThread(siteId, threadId);
    if (thread?.closed) throw new ForbiddenError('Comments are closed on this thread.');
    if (submission.parentId) {
      const parentStatus = await this.comments.findStatusInThread(siteId, threadId, submission.parentId);
      if (parentStatus !== 'published') {
        throw new ValidationFailedError([
          {
            field: 'parentId',
            code: 'parent_not_found',
            message: errorMessage('parent_not_found', 'parentId', request.language),
          },
        ]);
      }
    }

    const emailHmac = emailLookupHmac(submission.authorEmail, this.secrets.emailLookupKey);
    if (site.floodSeconds > 0) {
      const since = new Date(Date.now() - site.floodSeconds * 1000);
      const latest = await this.comments.latestSubmissionSince(siteId, emailHmac, request.clientIp, since);
      if (latest) {
        const wait = site.floodSeconds - (Date.now() - latest.getTime()) / 1000;
        throw new TooManyRequestsError('You are commenting too quickly. Please wait a moment.', wait);
      }
    }

    const statusToken = newStatusToken();
    const formToken = readFormToken(submission.formToken, siteId, threadId, this.secrets.formTokenKey);
    try {
      const row = await this.comments.insertComment(Boolean(thread), {
        id: uuidv7(),
        siteId,
        threadId,
        parentId: submission.parentId,
        authorName: submission.authorName,
        authorUrl: submission.authorUrl,
        authorEmailEncrypted: encryptEmail(submission.authorEmail, this.secrets.emailEncryptionKey),
        authorEmailHmac: emailHmac,
        avatarSeed: avatarSeed(submission.authorEmail, siteId, this.secrets.avatarKey),
        body: submission.body,
        bodyFingerprint: bodyFingerprint(submission.body),
        honeypot: submission.honeypot,
        formTokenState: formToken.state,
        formTokenSeconds: formToken.state === 'valid' ? formToken.secondsToSubmit : null,
        clientIp: request.clientIp,
        readerId: request.readerId ?? null,
        userAgent: request.userAgent?.slice(0, 500) ?? null,
        statusTokenHash: statusToken.hash,
      });
      return {
        id: row.id,
        status: 'queued',
        threadId,
        parentId: row.parentId,
        createdAt: row.createdAt.toISOString(),
        statusToken: statusToken.token,
      };
    } catch (error) {
      if (isUniqueViolation(error, 'comments_duplicate_uq')) throw new DuplicateCommentError();
      throw error;
    }
  }
}
