/**
 * Regenerates libs/moderation/models/spam-base.json from the shared spam data sets (YouTube + SMS) and the team's
 * Hindi/Hinglish seed: a logistic regression, Platt-calibrated on leave-one-video-out scores. Deterministic: the same data gives the same bytes, so a diff shows a real change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readSms,
  readTeamSeed,
  SMS_WEIGHT,
  TRAC_HAM_WEIGHT,
  TRAC_LINK_HAM_WEIGHT,
  readYoutubeVideo,
  YOUTUBE_VIDEOS,
} from '../src/spam/model/datasets';
import { serialiseBaseSpamModel } from '../src/spam/model/base-model';
import { trainBaseSpamModel } from '../src/spam/model/train';
import { findLinks } from '../src/text/links';
import { isTracHeldOut, tracRows } from './eval-language-samples';

const examples = [
  ...YOUTUBE_VIDEOS.flatMap((video) => readYoutubeVideo(video)),
  ...readSms().map((r) => ({ ...r, weight: SMS_WEIGHT })),
  ...readTeamSeed(),
  ...tracHamForTraining(),
];
const model = trainBaseSpamModel(examples);
const file = join(__dirname, '../models/spam-base.json');
const json = serialiseBaseSpamModel(model);
writeFileSync(file, json);
console.log(
  `spam-base.json: ${examples.length} examples, ${Object.keys(model.weights).length} features, ` +
    `Platt ${JSON.stringify(model.platt)}, operating shift ${model.operatingShift}, ${(json.length / 1024).toFixed(0)} KiB`,
);

/** TRAC-1's training part (never its held-out fifth) as Hindi/Hinglish and English ham. */
function tracHamForTraining() {
  return (['hindi', 'english'] as const).flatMap((set) =>
    tracRows(set)
      .filter((r) => !isTracHeldOut(r.text))
      .map((r) => ({
        text: r.text,
        label: 'ham' as const,
        weight: findLinks(r.text).length > 0 ? TRAC_LINK_HAM_WEIGHT : TRAC_HAM_WEIGHT,
      })),
  );
}
