// `npm run test:reliability`: the reliability and security tests (tests/reliability) at their full
// counts. `npm test` runs the same files with smaller counts so CI stays short.
process.env.CLIENTBOOK_RELIABILITY = 'full';
const { startVitest } = await import('vitest/node');
const vitest = await startVitest('test', ['tests/reliability'], { run: true });
await vitest.close();
process.exit(vitest.state.getCountOfFailedTests() > 0 || !vitest.state.getFiles().length ? 1 : 0);
