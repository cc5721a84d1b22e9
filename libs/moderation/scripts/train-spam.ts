/**
 * Regenerates libs/moderation/models/spam-base.json from the "ship" data only: the shared YouTube and SMS sets, the
 * team's Hindi/Hinglish seed and the train split of the team's web-spam corpus (TRAC-1 is develop-only and is not
 * read). A logistic regression, Platt-calibrated on leave-one-group-out scores. Deterministic: the same data gives
 * the same bytes, so a diff shows a real change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readSms,
  readTeamCorpus,
  readTeamReaders,
  readTeamSeed,
  SMS_WEIGHT,
  readYoutubeVideo,
  YOUTUBE_VIDEOS,
} from '../training/spam-datasets';
import { serialiseBaseSpamModel } from '../src/spam/model/base-model';
import { trainBaseSpamModel } from '../training/spam-train';

const examples = [
  ...YOUTUBE_VIDEOS.flatMap((video) => readYoutubeVideo(video)),
  ...readSms().map((r) => ({ ...r, weight: SMS_WEIGHT })),
  ...readTeamSeed(),
  ...readTeamCorpus('train'),
  ...readTeamReaders('train'),
];
// The validation split is never trained on: the operating shift is chosen on it (and on YouTube, out of fold).
const model = trainBaseSpamModel(
  examples,
  undefined,
  readTeamCorpus('validation'),
  readTeamReaders('validation'),
);
const file = join(__dirname, '../models/spam-base.json');
const json = serialiseBaseSpamModel(model);
writeFileSync(file, json);
console.log(
  `spam-base.json: ${examples.length} examples, ${Object.keys(model.weights).length} features, ` +
    `Platt ${JSON.stringify(model.platt)}, operating shift ${model.operatingShift}, ${(json.length / 1024).toFixed(0)} KiB`,
);
