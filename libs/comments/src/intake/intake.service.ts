import { Inject, Injectable } from '@nestjs/common';
import { hash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { isStoreUnavailable } from '@app/db';
import { Secrets, SECRETS } from '@app/config';
import { foldedWords } from '@app/moderation';
import { avatarSeed, emailLookupHmac, encryptEmail } from '../crypto/email-crypto';
import { issueFormToken, IssuedFormToken, newStatusToken, readFormToken } from '../crypto/tokens';
import {
  DuplicateCommentError,
  ForbiddenError,
  StoreUnavailableError,
  TooManyRequestsError,
  ValidationFailedError,
} from '../domain-errors';
import { ProofOfWorkService } from '../proof-of-work/proof-of-work.service';
import { SitesService } from '../sites/sites.service';
import { IntakeCommitService, RefusedSubmission } from './intake-commit.service';
import { Refusal } from './intake-rules';
import { errorMessage, MessageLanguage } from './messages';
import { validateSubmission } from './submission';

export interface SubmissionRequest {
  siteId: string;
  threadId: string;
  fields: unknown;
  clientIp: string | null;
  /** The anonymous reader id (signed cookie or widget token), when the reader has one. */
  readerId?: string | null;
  userAgent: string | null;
  language: MessageLanguage;
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
  return hash('sha256', foldedWords(body).join(' '), 'base64url').slice(0, 32);
}

@Injectable()
export class IntakeService {
  constructor(
    private readonly sites: SitesService,
    private readonly commits: IntakeCommitService,
    @Inject(SECRETS) private readonly secrets: Secrets,
    private readonly proofOfWork: ProofOfWorkService,
  ) {}

  /** The site must exist; the token itself is stateless. */
  async formToken(siteId: string, threadId: string): Promise<IssuedFormToken> {
    await this.sites.settings(siteId);
    return issueFormToken(siteId, threadId, this.secrets.formTokenKey);
  }

  /**
   * Validates alone, then stores with whatever else arrives meanwhile (group commit); answers only after the
   * commit holding this row, and after the queue was told (or left to the sweeper).
   */
  async submit(request: SubmissionRequest): Promise<AcceptedSubmission> {
    const { siteId, threadId } = request;
    const site = await this.sites.settings(siteId);
    if (site.closed) throw new ForbiddenError('Comments are closed on this site.');
    const result = validateSubmission(request.fields, site.maxBodyLength, request.language);
    if (!result.ok) throw new ValidationFailedError(result.errors);
    const submission = result.value;

    const statusToken = newStatusToken();
    const formToken = readFormToken(submission.formToken, siteId, threadId, this.secrets.formTokenKey);
    const proofOfWork = await this.proofOfWork.stateOf(site, submission.altcha);
    try {
      const stored = await this.commits.store({
        floodSeconds: site.floodSeconds,
        row: {
          id: uuidv7(),
          siteId,
          threadId,
          parentId: submission.parentId,
          authorName: submission.authorName,
          authorUrl: submission.authorUrl,
          authorEmailEncrypted: encryptEmail(submission.authorEmail, this.secrets.emailEncryptionKey),
          authorEmailHmac: emailLookupHmac(submission.authorEmail, this.secrets.emailLookupKey),
          avatarSeed: avatarSeed(submission.authorEmail, siteId, this.secrets.avatarKey),
          body: submission.body,
          bodyFingerprint: bodyFingerprint(submission.body),
          honeypot: submission.honeypot,
          formTokenState: formToken.state,
          formTokenSeconds: formToken.state === 'valid' ? formToken.secondsToSubmit : null,
          proofOfWork: proofOfWork === 'not-asked' ? null : proofOfWork,
          clientIp: request.clientIp,
          readerId: request.readerId ?? null,
          userAgent: request.userAgent?.slice(0, 500) ?? null,
          statusTokenHash: statusToken.hash,
          notify: submission.notify,
        },
      });
      return {
        id: stored.id,
        status: 'queued',
        threadId,
        parentId: stored.parentId,
        createdAt: stored.createdAt.toISOString(),
        statusToken: statusToken.token,
      };
    } catch (error) {
      if (error instanceof RefusedSubmission) throw refusalError(error.refusal, request.language);
      if (isStoreUnavailable(error)) throw new StoreUnavailableError();
      throw error;
    }
  }
}

function refusalError(refusal: Refusal, language: MessageLanguage): Error {
  switch (refusal.kind) {
    case 'thread_closed':
      return new ForbiddenError('Comments are closed on this thread.');
    case 'parent_not_found':
      return new ValidationFailedError([
        {
          field: 'parentId',
          code: 'parent_not_found',
          message: errorMessage('parent_not_found', 'parentId', language),
        },
      ]);
    case 'flood':
      return new TooManyRequestsError(
        'You are commenting too quickly. Please wait a moment.',
        refusal.retryAfterSeconds,
      );
    case 'duplicate':
      return new DuplicateCommentError();
  }
}
