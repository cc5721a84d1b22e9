import { SiteRow } from '@app/db';
import { SiteSettings } from '@app/moderation';

export function toSiteSettings(row: SiteRow): SiteSettings {
  return {
    id: row.id,
    name: row.name,
    allowedOrigins: row.allowedOrigins,
    languages: row.languages,
    premoderation: row.premoderation,
    maxLinks: row.maxLinks,
    blockedTerms: row.blockedTerms,
    heldTerms: row.heldTerms,
    suspiciousDomains: row.suspiciousDomains,
    spamThresholds: { hold: row.spamHoldThreshold, spam: row.spamThreshold },
    minSubmitSeconds: row.minSubmitSeconds,
    floodSeconds: row.floodSeconds,
    maxBodyLength: row.maxBodyLength,
    closed: row.closed,
  };
}

export function toSiteColumns(settings: Partial<SiteSettings>): Partial<SiteRow> {
  const { spamThresholds, id: _id, ...rest } = settings;
  return {
    ...rest,
    ...(spamThresholds ? { spamHoldThreshold: spamThresholds.hold, spamThreshold: spamThresholds.spam } : {}),
  };
}
