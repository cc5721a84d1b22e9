/**
 * Bench-only (BENCH_DRAIN_ACCOUNT=1): counts every statement a worker process sends to PostgreSQL, by its first
 * words (or its prepared statement's name), and writes the tally to BENCH_STATEMENT_LOG every 500 ms and at exit.
 * Loaded with -r into the drain's worker processes; the product never loads it.
 */
const { writeFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_STATEMENT_LOG;
const tally = Object.create(null);
const original = pg.Client.prototype.query;

/** A statement's label: a prepared statement's name, else its first three words (enough to tell them apart). */
function labelOf(config) {
  if (config && typeof config === 'object') {
    if (config.name) return `prepared ${config.name}`;
    if (typeof config.text === 'string') return config.text.trim().split(/\s+/).slice(0, 3).join(' ');
  }
  if (typeof config === 'string') return config.trim().split(/\s+/).slice(0, 3).join(' ');
  return 'other';
}

pg.Client.prototype.query = function (config, ...rest) {
  const label = labelOf(config);
  tally[label] = (tally[label] ?? 0) + 1;
  return original.call(this, config, ...rest);
};

const flush = () => writeFileSync(file, JSON.stringify({ pid: process.pid, tally }));
setInterval(flush, 500).unref();
process.on('exit', flush);
