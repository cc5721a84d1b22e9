// Runs before each test file: a quiet log, and a queue prefix of its own so files never share Redis keys.
import { randomBytes } from 'node:crypto';

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.QUEUE_PREFIX = `test-${randomBytes(4).toString('hex')}`;
process.env.RATE_LIMIT_PER_MINUTE = '0';
process.env.SWEEP_INTERVAL_MS = '1000';
process.env.SWEEP_MIN_AGE_MS = '1500';
process.env.EMAIL_KEY = randomBytes(32).toString('base64');
process.env.APP_SECRET = randomBytes(32).toString('hex');
process.env.WEBHOOK_ALLOW_PRIVATE = 'true';
