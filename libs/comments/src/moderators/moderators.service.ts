import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { ModeratorRole } from '@app/db';
import { maskEmail, normaliseEmail } from '../crypto/email-crypto';
import { SitesService } from '../sites/sites.service';
import { ConflictError } from './auth-errors';
import { FieldErrors, objectBody } from '../field-errors';
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

const ROLES: ModeratorRole[] = ['admin', 'moderator'];
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;
export const MIN_PASSWORD_LENGTH = 10;

@Injectable()
export class ModeratorsService {
  private readonly logger = new Logger('Moderators');

  constructor(
    private readonly moderators: ModeratorsRepository,
    private readonly sites: SitesService,
  ) {}

  async create(input: unknown): Promise<ModeratorView> {
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

  private async validate(input: unknown) {
    const body = objectBody(input);
    const errors = new FieldErrors();
    const fail = (field: string, code: string, message: string) => errors.add(field, code, message);
    errors.unknownFields(body, ['email', 'password', 'role', 'sites', 'name']);
    const email = typeof body.email === 'string' ? normaliseEmail(body.email) : '';
    if (!email) fail('email', 'required', 'An email is required.');
    else if (!EMAIL.test(email)) fail('email', 'invalid_email', 'Not a valid email address.');
    const password = typeof body.password === 'string' ? body.password : '';
    if (!password) fail('password', 'required', 'A password is required.');
    else if (password.length < MIN_PASSWORD_LENGTH || password.length > 1024) {
      fail('password', 'invalid', `The password needs ${MIN_PASSWORD_LENGTH} to 1024 characters.`);
    }
    const role = body.role ?? 'moderator';
    if (!ROLES.includes(role as ModeratorRole))
      fail('role', 'invalid', 'The role is "admin" or "moderator".');
    const sites = body.sites ?? [];
    const siteIds =
      Array.isArray(sites) && sites.every((s) => typeof s === 'string')
        ? [...new Set(sites as string[])]
        : null;
    if (!siteIds) fail('sites', 'invalid', 'Sites is a list of site ids.');
    else {
      const known = new Set((await this.sites.list()).map((s) => s.id));
      const unknown = siteIds.filter((s) => !known.has(s));
      if (unknown.length) fail('sites', 'not_found', `No site ${unknown.map((s) => `"${s}"`).join(', ')}.`);
    }
    const name = body.name === undefined ? email.split('@')[0] : body.name;
    if (typeof name !== 'string' || !name.trim() || name.length > 100)
      fail('name', 'invalid', 'The name needs 1 to 100 characters.');
    errors.throwIfAny();
    return { email, password, role: role as ModeratorRole, sites: siteIds!, name: String(name).trim() };
  }
}
