import { SiteSettings } from './types';

/** Defaults for a new site: the contract's, plus ours where it is silent (documented in docs/configuration.md). */
export const DEFAULT_SITE_SETTINGS: Omit<SiteSettings, 'id' | 'name' | 'allowedOrigins'> = {
  languages: [],
  premoderation: 'none',
  maxLinks: 2,
  blockedTerms: [],
  heldTerms: [],
  suspiciousDomains: [],
  spamThresholds: { hold: 0.4, spam: 0.6 },
  minSubmitSeconds: 3,
  floodSeconds: 15,
  maxBodyLength: 10000,
  closed: false,
  abusePolicy: { profanity: 'hold', insult: 'hold', hate: 'hold', threat: 'reject', sexual: 'hold' },
  proofOfWork: false,
  editWindowSeconds: 900,
  reportsToHold: 3,
  alertDigestMinutes: 60,
};

export function siteSettingsWithDefaults(partial: Partial<SiteSettings> & { id: string }): SiteSettings {
  return { name: partial.id, allowedOrigins: [], ...DEFAULT_SITE_SETTINGS, ...partial };
}
