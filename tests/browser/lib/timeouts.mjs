// Every time bound of the browser tests passes through scaled(): the bounds
// are set for CI (2 cores, nothing else running); BROWSER_TESTS_TIME_SCALE=3
// stretches them all on a machine busy with compilers, without touching what
// the tests assert.
const raw = Number(process.env.BROWSER_TESTS_TIME_SCALE || '1');
// Below 1 would only make runs flaky; above 10 hides real hangs.
export const kTimeScale = Number.isFinite(raw) ? Math.min(Math.max(raw, 1), 10) : 1;

export function scaled(ms) {
  return Math.round(ms * kTimeScale);
}
