import { ArgumentMetadata } from '@nestjs/common';
import {
  CreateSiteDto,
  FieldError,
  siteChanges,
  ThreadClosedDto,
  UpdateSiteDto,
  ValidationFailedError,
} from '@app/comments';
import { DEFAULT_SITE_SETTINGS, siteSettingsWithDefaults } from '@app/moderation';
import { validBody } from '../http/request-validation';

/** What the api answers for a body: the checked DTO, or the 422's field errors. */
async function check(type: ArgumentMetadata['metatype'], body: unknown): Promise<FieldError[] | object> {
  try {
    return (await validBody.transform(body, { type: 'body', metatype: type })) as object;
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.errors;
    throw error;
  }
}
const errorsOf = async (type: ArgumentMetadata['metatype'], body: unknown) =>
  (await check(type, body)) as FieldError[];
const codes = async (type: ArgumentMetadata['metatype'], body: unknown) =>
  Object.fromEntries((await errorsOf(type, body)).map((e) => [e.field, e.code]));

describe('site settings bodies (the admin API)', () => {
  it('names every bad field of a PATCH, with the codes the hand parser gave', async () => {
    expect(
      await codes(UpdateSiteDto, {
        maxLinks: -1,
        premoderation: 'sometimes',
        allowedOrigins: ['not a url'],
        spamThresholds: { hold: 2 },
        colour: 'red',
      }),
    ).toEqual({
      maxLinks: 'invalid',
      premoderation: 'invalid',
      allowedOrigins: 'invalid_url',
      'spamThresholds.hold': 'invalid',
      colour: 'unknown_field',
    });
    const [origin] = await errorsOf(UpdateSiteDto, { allowedOrigins: ['https://ok.example', ' ftp://x '] });
    expect(origin.message).toBe('Not an origin (scheme://host[:port]): ftp://x.');
  });

  it('requires a name on POST only, refuses a blank or long one, and checks an id', async () => {
    expect(await errorsOf(CreateSiteDto, {})).toEqual([
      { field: 'name', code: 'required', message: 'name is required text.' },
    ]);
    expect(await codes(CreateSiteDto, { name: null })).toEqual({ name: 'invalid' });
    expect(await codes(CreateSiteDto, { name: '   ' })).toEqual({ name: 'invalid' });
    expect(await codes(CreateSiteDto, { name: 'न'.repeat(201) })).toEqual({ name: 'too_long' });
    expect(await codes(CreateSiteDto, { name: 'समाचार', id: '-bad id' })).toEqual({ id: 'invalid' });
    expect(await codes(UpdateSiteDto, { id: 'news' })).toEqual({ id: 'unknown_field' });
    expect(await check(UpdateSiteDto, {})).toBeInstanceOf(UpdateSiteDto);
  });

  it('checks null as a value, never as "not given"', async () => {
    expect(await codes(UpdateSiteDto, { maxLinks: null, closed: null, spamThresholds: null })).toEqual({
      maxLinks: 'invalid',
      closed: 'invalid',
      spamThresholds: 'invalid',
    });
  });

  it('checks lists in order: a list of text, how many, how long each, then what each must be', async () => {
    expect(await codes(UpdateSiteDto, { blockedTerms: 'सट्टा' })).toEqual({ blockedTerms: 'invalid' });
    expect(await codes(UpdateSiteDto, { blockedTerms: ['ok', 3] })).toEqual({ blockedTerms: 'invalid' });
    expect(await codes(UpdateSiteDto, { allowedOrigins: Array(101).fill('https://a.example') })).toEqual({
      allowedOrigins: 'too_long',
    });
    expect(await codes(UpdateSiteDto, { heldTerms: ['घोटाला'.repeat(20)] })).toEqual({
      heldTerms: 'too_long',
    });
    expect(await codes(UpdateSiteDto, { languages: ['hindi'] })).toEqual({ languages: 'invalid' });
  });

  it('names unknown members of spamThresholds and abusePolicy, and refuses a list where an object goes', async () => {
    expect(await errorsOf(UpdateSiteDto, { spamThresholds: { hold: 0.2, warn: 0.1 } })).toEqual([
      { field: 'spamThresholds.warn', code: 'unknown_field', message: 'Unknown field "warn".' },
    ]);
    expect(await codes(UpdateSiteDto, { spamThresholds: [{ hold: 2 }] })).toEqual({
      spamThresholds: 'invalid',
    });
    expect(await codes(UpdateSiteDto, { abusePolicy: { threat: 'ban', gossip: 'hold' } })).toEqual({
      'abusePolicy.threat': 'invalid',
      'abusePolicy.gossip': 'unknown_field',
    });
  });

  it('asks a thread close for closed, true or false', async () => {
    expect(await codes(ThreadClosedDto, {})).toEqual({ closed: 'required' });
    expect(await codes(ThreadClosedDto, { closed: 'yes' })).toEqual({ closed: 'invalid' });
    expect(await check(ThreadClosedDto, { closed: true })).toEqual({ closed: true });
  });

  it('stores lists cleaned and merges partial thresholds and policies over the site', async () => {
    const current = siteSettingsWithDefaults({
      id: 'news',
      spamThresholds: { hold: 0.3, spam: 0.7 },
      abusePolicy: { ...DEFAULT_SITE_SETTINGS.abusePolicy, insult: 'publish' },
    });
    const dto = (await check(UpdateSiteDto, {
      name: '  हिंदी समाचार ',
      blockedTerms: [' सट्टा ', 'सट्टा', ''],
      spamThresholds: { spam: 0.9 },
      abusePolicy: { hate: 'reject' },
      floodSeconds: 0,
    })) as UpdateSiteDto;
    expect(siteChanges(dto, current)).toEqual({
      name: 'हिंदी समाचार',
      blockedTerms: ['सट्टा'],
      spamThresholds: { hold: 0.3, spam: 0.9 },
      abusePolicy: { ...DEFAULT_SITE_SETTINGS.abusePolicy, insult: 'publish', hate: 'reject' },
      floodSeconds: 0,
    });
    const fresh = (await check(CreateSiteDto, {
      name: 'News',
      spamThresholds: { hold: 0.5 },
    })) as CreateSiteDto;
    expect(siteChanges(fresh, null).spamThresholds).toEqual({
      hold: 0.5,
      spam: DEFAULT_SITE_SETTINGS.spamThresholds.spam,
    });
  });

  it('refuses a hold above spam once merged with the site', async () => {
    const current = siteSettingsWithDefaults({ id: 'news', spamThresholds: { hold: 0.3, spam: 0.5 } });
    const dto = (await check(UpdateSiteDto, { spamThresholds: { hold: 0.6 } })) as UpdateSiteDto;
    expect(() => siteChanges(dto, current)).toThrow(ValidationFailedError);
  });
});
