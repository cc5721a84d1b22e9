/**
 * The drain bench's baseline worker: the real worker process (same queue, loads, transaction, outbox), but its
 * pipeline runs no phase, so every comment is published without any check. The difference is what the checks cost.
 */
import * as pipeline from '../libs/moderation/src/pipeline/pipeline';

const moderate = pipeline.moderate;
// The service reaches moderate() through re-exports that read this property at each call.
(pipeline as { moderate: typeof moderate }).moderate = (comment, context) => moderate(comment, context, []);

// Loaded after the patch, so the worker's modules see it.
void import('../apps/worker/src/main');
