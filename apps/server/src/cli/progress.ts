import cliProgress from 'cli-progress';

export function printStep(message: string): void {
  process.stdout.write(`  • ${message}\n`);
}

/** A progress bar on a terminal; plain start/finish lines when output is piped (CI, logs). */
export function createProgressBar(label: string) {
  if (!process.stdout.isTTY) {
    let lastTotal = 0;
    printStep(`${label}…`);
    return {
      update(_done: number, total: number) {
        lastTotal = total;
      },
      stop() {
        printStep(`${label}: ${lastTotal} steps done`);
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `  ${label} [{bar}] {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
