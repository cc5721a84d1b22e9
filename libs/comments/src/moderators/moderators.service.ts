import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { ModeratorRole } from '@app/db';
import { maskEmail, normaliseEmail } from '../crypto/email-crypto';
import { SitesService } from '../sites/sites.service';
import { ConflictError } from './auth-errors';
import { FieldErrors } from '../field-errors';
import { CreateModeratorDto } from './create-moderator.dto';
import { ModeratorsRepository } from './moderators.repository';
import { hashPassword } from './passwords';

export interface ModeratorView {
  id: string;
  name: string;
  /** Masked like a commenter's: the admin typed it once, nobody needs to read it back in full. */
  emailMasked: string;
  role: ModeratorRole;
  sites: string[];
  createdAt: string;
}

@Injectable()
export class ModeratorsService {
  private readonly logger = new Logger('Moderators');

  constructor(
    private readonly moderators: ModeratorsRepository,
    private readonly sites: SitesService,
  ) {}

  async create(input: CreateModeratorDto): Promise<ModeratorView> {
    const fields = await this.validate(input);
    const id = uuidv7();
    const row = {
      id,
      email: fields.email,
      name: fields.name,
      role: fields.role,
      passwordHash: await hashPassword(fields.password),
    };
    if (!(await this.moderators.insert(row, fields.sites))) {
      throw new ConflictError('A moderator with this email exists.');
    }
    this.logger.log({ moderatorId: id, role: fields.role }, 'moderator created');
    return {
      id,
      name: fields.name,
      emailMasked: maskEmail(fields.email),
      role: fields.role,
      sites: fields.sites,
      createdAt: new Date().toISOString(),
    };
  }

  async list(): Promise<ModeratorView[]> {
    const rows = await this.moderators.list();
    const sites = await this.moderators.sitesOfMany(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      emailMasked: maskEmail(r.email),
      role: r.role,
      sites: sites.get(r.id) ?? [],
      createdAt: r.createdAt.toISOString(),
    }));
  }

  /** The store's half of a moderator body's checks: site ids that name no site, as the 422's `sites` error. */
  async unknownSites(sites: unknown): Promise<{ field: 'sites'; code: 'not_found'; message: string }[]> {
    if (!Array.isArray(sites) || sites.length === 0) return [];
    const known = new Set((await this.sites.list()).map((s) => s.id));
    const unknown = [...new Set(sites)].filter((s) => !known.has(s as string));
    if (!unknown.length) return [];
    const message = `No site ${unknown.map((s) => `"${String(s)}"`).join(', ')}.`;
    return [{ field: 'sites', code: 'not_found', message }];
  }

  /** The DTO's shape is checked by the api's pipe; callers inside the service reach here with it too. */
  private async validate(input: CreateModeratorDto) {
    const email = normaliseEmail(input.email);
    const sites = [...new Set(input.sites ?? [])];
    const unknownSites = await this.unknownSites(sites);
    const errors = new FieldErrors();
    for (const { field, code, message } of unknownSites) errors.add(field, code, message);
    errors.throwIfAny();
    const name = (input.name ?? email.split('@')[0]).trim();
    return { email, password: input.password, role: input.role ?? 'moderator', sites, name };
  }
}
