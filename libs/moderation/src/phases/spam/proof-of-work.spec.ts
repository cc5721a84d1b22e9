import { aComment, aContext, checksOf } from '../../testing/check-fixtures';
import { ProofOfWorkState } from '../../types';
import { PROOF_OF_WORK_LOG_ODDS, proofOfWorkSignals } from './proof-of-work';

const checksFor = (proofOfWork: ProofOfWorkState | undefined) =>
  checksOf(proofOfWorkSignals, aComment(), aContext({ proofOfWork }));

describe('proofOfWorkSignals', () => {
  it('says nothing when the site does not ask', () => {
    expect(checksFor(undefined)).toEqual([]);
    expect(checksFor('not-asked')).toEqual([]);
  });

  it('makes a missing or failed proof spam evidence, never a refusal, and a solved one a little trust', () => {
    expect(checksFor('missing')).toEqual([
      expect.objectContaining({ verdict: 'signal', score: PROOF_OF_WORK_LOG_ODDS.missing }),
    ]);
    expect(checksFor('failed')).toEqual([
      expect.objectContaining({ verdict: 'signal', score: PROOF_OF_WORK_LOG_ODDS.failed }),
    ]);
    expect(checksFor('solved')).toEqual([
      expect.objectContaining({
        name: 'proof-of-work',
        verdict: 'pass',
        score: PROOF_OF_WORK_LOG_ODDS.solved,
      }),
    ]);
  });
});
