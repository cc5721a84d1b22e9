import { DEFAULT_SITE_SETTINGS, SiteSettings } from '@app/moderation';
import { FieldErrors } from '../field-errors';
import { cleanList, CreateSiteDto, UpdateSiteDto } from './site-settings.dto';

export type SiteChanges = Partial<Omit<SiteSettings, 'id'>> & { id?: string };

const LISTS = ['allowedOrigins', 'languages', 'blockedTerms', 'heldTerms', 'suspiciousDomains'] as const;
const VALUES = [
  'premoderation',
  'maxLinks',
  'minSubmitSeconds',
  'floodSeconds',
  'maxBodyLength',
  'editWindowSeconds',
  'reportsToHold',
  'alertDigestMinutes',
  'closed',
  'proofOfWork',
] as const;

/**
 * A checked settings body (the DTO) as the changes to store: lists trimmed without blanks or repeats, the name
 * trimmed, and `spamThresholds` and `abusePolicy` merged over the site's current values (a PATCH may give part of
 * them; a new site starts from the defaults). A merged hold above spam is refused here: only the merge knows it.
 */
export function siteChanges(dto: CreateSiteDto | UpdateSiteDto, current: SiteSettings | null): SiteChanges {
  const out: SiteChanges = {};
  if ('id' in dto && dto.id !== undefined) out.id = dto.id;
  if (dto.name !== undefined) out.name = dto.name.trim();
  for (const key of LISTS) if (dto[key] !== undefined) out[key] = cleanList(dto[key]);
  for (const key of VALUES) if (dto[key] !== undefined) (out as Record<string, unknown>)[key] = dto[key];
  if (dto.spamThresholds !== undefined) {
    const merged = { ...(current?.spamThresholds ?? DEFAULT_SITE_SETTINGS.spamThresholds) };
    if (dto.spamThresholds.hold !== undefined) merged.hold = dto.spamThresholds.hold;
    if (dto.spamThresholds.spam !== undefined) merged.spam = dto.spamThresholds.spam;
    if (merged.hold > merged.spam) {
      const errors = new FieldErrors();
      errors.add('spamThresholds', 'invalid', 'spamThresholds.hold must not exceed spamThresholds.spam.');
      errors.throwIfAny();
    }
    out.spamThresholds = merged;
  }
  if (dto.abusePolicy !== undefined) {
    const merged = { ...(current?.abusePolicy ?? DEFAULT_SITE_SETTINGS.abusePolicy) };
    for (const [category, action] of Object.entries(dto.abusePolicy))
      if (action !== undefined) merged[category as keyof typeof merged] = action;
    out.abusePolicy = merged;
  }
  return out;
}
