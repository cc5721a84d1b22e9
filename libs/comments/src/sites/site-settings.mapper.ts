import { SiteRow } from '@app/db';
import { AbusePolicy, DEFAULT_SITE_SETTINGS, SiteSettings } from '@app/moderation';

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
    // Stored as given; a category the admin never set keeps the contract's default.
    abusePolicy: { ...DEFAULT_SITE_SETTINGS.abusePolicy, ...(row.abusePolicy as Partial<AbusePolicy>) },
    proofOfWork: row.proofOfWork,
    editWindowSeconds: row.editWindowSeconds,
    reportsToHold: row.reportsToHold,
    alertDigestMinutes: row.alertDigestMinutes,
  };
}

export function toSiteColumns(settings: Partial<SiteSettings>): Partial<SiteRow> {
  const { spamThresholds, id: _id, ...rest } = settings;
  return {
    ...rest,
    ...(spamThresholds ? { spamHoldThreshold: spamThresholds.hold, spamThreshold: spamThresholds.spam } : {}),
  };
}
