import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { Env, ENV } from '@app/config';
import { normaliseEmail } from '../crypto/email-crypto';
import { publicUrl } from '../sites/seed.service';
import { ModeratorsRepository } from './moderators.repository';
import { generatePassword, hashPassword } from './passwords';

const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

/**
 * On an empty moderators table every entry point creates the first admin, from ADMIN_EMAIL/ADMIN_PASSWORD or with a
 * generated password. Only the process that actually created it prints the credentials, once, to stdout (never the log).
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    private readonly moderators: ModeratorsRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = normaliseEmail(this.env.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL);
    const password = this.env.ADMIN_PASSWORD ?? generatePassword();
    const created = await this.moderators.insertFirstAdmin({
      id: uuidv7(),
      email,
      name: 'admin',
      role: 'admin',
      passwordHash: await hashPassword(password),
    });
    if (!created) return;
    this.logger.log('created the first admin');
    if (this.env.NODE_ENV === 'test') return;
    const shown = this.env.ADMIN_PASSWORD ? '(the ADMIN_PASSWORD you set)' : password;
    process.stdout.write(
      [
        '',
        '  First admin created; these credentials are shown only this once:',
        `    Dashboard: ${publicUrl(this.env)}/dashboard`,
        `    Email:     ${email}`,
        `    Password:  ${shown}`,
        '',
      ].join('\n') + '\n',
    );
  }
}
