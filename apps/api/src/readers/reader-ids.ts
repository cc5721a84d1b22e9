import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { issueReaderToken, READER_COOKIE, READER_HEADER, readerTokenKey, readReaderId } from '@app/comments';
import { SECRETS, Secrets } from '@app/config';
import { readCookie } from '../auth/session-cookie';

/** Issues and reads the anonymous reader id under its own derived key. */
@Injectable()
export class ReaderIds {
  private readonly key: Buffer;

  constructor(@Inject(SECRETS) secrets: Secrets) {
    this.key = readerTokenKey(secrets.sessionKey);
  }

  issue() {
    return issueReaderToken(this.key);
  }

  read(token: string | undefined): string | null {
    return readReaderId(token, this.key);
  }

  /** The widget's header first (a cross-site cookie may be blocked), then the cm_reader cookie. */
  fromRequest(request: FastifyRequest): string | null {
    const header = request.headers[READER_HEADER];
    return this.read((Array.isArray(header) ? header[0] : header) ?? readCookie(request, READER_COOKIE));
  }
}
