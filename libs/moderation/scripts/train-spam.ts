/**
 * Regenerates libs/moderation/models/spam-base.json from the shared spam data sets (YouTube + SMS) and the team's
 * Hindi/Hinglish seed. Deterministic: the same data gives the same bytes, so a diff shows a real change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readSms,
  readTeamSeed,
  SMS_WEIGHT,
  readYoutubeVideo,
  YOUTUBE_VIDEOS,
} from '../src/spam/model/datasets';
import { serialiseBaseSpamModel } from '../src/spam/model/base-model';
import { trainBaseSpamModel } from '../src/spam/model/train';

const examples = [
  ...YOUTUBE_VIDEOS.flatMap((video) => readYoutubeVideo(video)),
  ...readSms().map((r) => ({ ...r, weight: SMS_WEIGHT })),
  ...readTeamSeed(),
];
const model = trainBaseSpamModel(examples);
const file = join(__dirname, '../models/spam-base.json');
const json = serialiseBaseSpamModel(model);
writeFileSync(file, json);
console.log(
  `spam-base.json: ${model.docs.spam} spam and ${model.docs.ham} ham documents, ` +
    `${Object.keys(model.tokens).length} of ${model.vocabularySize} tokens kept, ${(json.length / 1024).toFixed(0)} KiB`,
);
