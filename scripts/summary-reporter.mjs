// A node:test reporter that prints one closing line, "NAME: N passed, N failed, N skipped",
// counting tests (not suites), so that CI can read the result of the run.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    if (details?.type === 'suite') continue;
    if (skip || todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  const name = process.env.ASF_SUMMARY_NAME ?? 'tests';
  yield `\n${name}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
