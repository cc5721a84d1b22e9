import { Inject, Injectable, Logger } from '@nestjs/common';
import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import { Env, ENV } from '@app/config';
import { comments, Database, DATABASE } from '@app/db';

const BATCH = 5000;

/**
 * Client IPs and user agents serve flood and spam checks for a while, then are personal data with no purpose:
 * comments older than RETENTION_IP_DAYS lose both. IP-based checks then see only recent comments.
 */
@Injectable()
export class IpRetentionService {
  private readonly logger = new Logger(IpRetentionService.name);

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Erases in batches so one run never holds a long lock; answers how many comments it changed. */
  async eraseExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.env.RETENTION_IP_DAYS * 86_400_000);
    let total = 0;
    for (;;) {
      const due = and(
        lt(comments.createdAt, cutoff),
        or(isNotNull(comments.clientIp), isNotNull(comments.userAgent)),
      );
      const rows = await this.db
        .update(comments)
        .set({ clientIp: null, userAgent: null })
        .where(sql`${comments.id} in (select ${comments.id} from ${comments} where ${due} limit ${BATCH})`)
        .returning({ id: comments.id });
      total += rows.length;
      if (rows.length < BATCH) break;
    }
    if (total > 0)
      this.logger.log({ comments: total, days: this.env.RETENTION_IP_DAYS }, 'IP retention: erased');
    return total;
  }
}
