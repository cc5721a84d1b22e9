/**
 * With BENCH_PROFILE_DIR set, the benches start their service processes with this preloaded: a V8 CPU profile from
 * start to SIGTERM, written as `<dir>/<script>-<pid>.cpuprofile` (open it in Chrome DevTools, or summarise it with
 * `node bench/profile-top.mjs FILE [SECONDS]`). `node --cpu-prof` cannot be used here: Nest's shutdown hooks end the
 * process by re-raising the signal, so a profile written "before exit" never is.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { basename, join } from 'node:path';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.enable');
  session.post('Profiler.start');
  const script = basename(process.argv[1] ?? 'node').replace(/\.[jt]s$/, '');
  // Runs before the service's own SIGTERM handlers; the in-thread session answers synchronously.
  process.prependOnceListener('SIGTERM', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error)
        writeFileSync(join(dir, `${script}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
