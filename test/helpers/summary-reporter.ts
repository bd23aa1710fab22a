// Prints one plain closing line, `Tests: N passed, N failed`, that any CI log reader understands,
// preceded by the reason of every test skipped with one (ctx.skip(condition, reason)), once per reason.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const skipReasons = new Map<string, number>();
    // A file that does not load (a syntax error, a failing import) has no tests to count: name it.
    const brokenFiles: string[] = [];
    for (const module of testModules) {
      if (module.state() === 'failed' && module.errors().length > 0) brokenFiles.push(module.moduleId);
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') failed += 1;
        else {
          skipped += 1;
          if (result.state === 'skipped' && result.note) skipReasons.set(result.note, (skipReasons.get(result.note) ?? 0) + 1);
        }
      }
    }
    for (const [reason, count] of skipReasons) process.stdout.write(`\nSkipped ${count}: ${reason}`);
    for (const file of brokenFiles) process.stdout.write(`\nFile failed: ${file}`);
    const broken = brokenFiles.length > 0 ? `, ${brokenFiles.length} file${brokenFiles.length > 1 ? 's' : ''} failed` : '';
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}${broken}\n`);
  }
}
