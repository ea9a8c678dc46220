import type { Reporter, TestCase } from 'vitest/node';

/**
 * Lists, after a run, every test that took more than a third of its timeout: on a busy machine
 * such a test fails for want of time rather than for a fault, so it is made faster or given a
 * timeout it keeps with room to spare. Also prints the slowest tests, to show where the time goes.
 */
export default class TimeoutReporter implements Reporter {
  private readonly seen: Array<{ name: string; ms: number; timeout: number }> = [];

  onTestCaseResult(test: TestCase): void {
    const ms = test.diagnostic()?.duration;
    if (ms === undefined) return;
    const timeout = test.options.timeout ?? test.project.config.testTimeout;
    this.seen.push({ name: `${test.module.moduleId.replace(`${process.cwd()}/`, '')} › ${test.fullName}`, ms, timeout });
  }

  onTestRunEnd(): void {
    if (!this.seen.length) return;
    const line = (t: { name: string; ms: number; timeout: number }): string =>
      `  ${(t.ms / 1000).toFixed(1).padStart(6)} s of ${(t.timeout / 1000).toFixed(0).padStart(3)} s  ${t.name}`;
    const slowest = [...this.seen].sort((a, b) => b.ms - a.ms).slice(0, 10);
    console.log(`\nSlowest tests:\n${slowest.map(line).join('\n')}`);
    const close = this.seen.filter((t) => t.ms * 3 > t.timeout);
    if (close.length) console.log(`\nWithin a factor of three of their timeout:\n${close.map(line).join('\n')}`);
  }
}
