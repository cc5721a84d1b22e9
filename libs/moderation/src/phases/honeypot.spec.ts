import { aComment, checksOf } from '../testing/check-fixtures';
import { honeypot, HONEYPOT_LOG_ODDS } from './honeypot';

describe('honeypot', () => {
  it('ignores an empty or absent hidden field', () => {
    expect(checksOf(honeypot, aComment({ honeypot: null }))).toEqual([]);
    expect(checksOf(honeypot, aComment({ honeypot: '' }))).toEqual([]);
  });

  it('makes a filled hidden field strong spam evidence, not a verdict', () => {
    const [check] = checksOf(honeypot, aComment({ honeypot: 'http://cheap-pills.example' }));
    expect(check).toMatchObject({ name: 'honeypot', verdict: 'signal', score: HONEYPOT_LOG_ODDS });
  });
});
