import { INestApplication } from '@nestjs/common';
import { DEMO_SITE_ID, publicUrl } from '@app/comments';
import { Env } from '@app/config';

/** Prints where things are, once at start, for the person who just typed `npm start`. */
export async function announce(_app: INestApplication, env: Env): Promise<void> {
  const base = publicUrl(env);
  const lines = [
    '',
    `  Comment moderation is running at ${base}`,
    `  Demo article:   ${base}/demo/post-1`,
    `  Public API:     ${base}/v1/sites/${DEMO_SITE_ID}/threads/post-1/comments`,
    `  API docs:       ${base}/docs`,
    `  Health:         ${base}/readyz`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
