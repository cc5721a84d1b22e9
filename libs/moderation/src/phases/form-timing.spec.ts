import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { FormTokenState } from '../types';
import { FORM_TIMING_LOG_ODDS, formTiming } from './form-timing';

const withToken = (formToken: FormTokenState) =>
  checksOf(
    formTiming,
    aComment(),
    aContext({ site: siteSettingsWithDefaults({ id: 'news', minSubmitSeconds: 5 }), formToken }),
  );

describe('formTiming', () => {
  it('says nothing of a form sent after the site minimum, or of a comment not sent through a form', () => {
    expect(withToken({ state: 'valid', secondsToSubmit: 5 })).toEqual([]);
    expect(withToken({ state: 'not-applicable' })).toEqual([]);
  });

  it('weighs each way the token can look wrong as evidence, never a refusal', () => {
    const cases: [FormTokenState, number, RegExp][] = [
      [
        { state: 'valid', secondsToSubmit: 1.2 },
        FORM_TIMING_LOG_ODDS.tooFast,
        /sent 1\.2 s after .* at least 5 s/,
      ],
      [{ state: 'missing' }, FORM_TIMING_LOG_ODDS.missing, /without the form token/],
      [{ state: 'expired' }, FORM_TIMING_LOG_ODDS.expired, /had expired/],
      [{ state: 'invalid' }, FORM_TIMING_LOG_ODDS.invalid, /forged or belongs to another thread/],
    ];
    for (const [token, score, reason] of cases) {
      const [check] = withToken(token);
      expect(check).toMatchObject({ name: 'form-timing', verdict: 'signal', score });
      expect(check.reason).toMatch(reason);
    }
  });
});
