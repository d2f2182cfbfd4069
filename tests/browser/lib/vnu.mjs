// The Nu HTML validator (vnu-jar) on saved HTML files: one Java start for all
// files, errors only. Returns [{file, line, column, message, extract}].
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { scaled } from './timeouts.mjs';

const require = createRequire(import.meta.url);
const kVnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');
// Java's start-up plus validating a handful of pages; bounds a wedged JVM.
const kVnuTimeoutMs = scaled(90_000);
// vnu's JSON report of a few pages is small; a huge one means something is wrong.
const kMaxReportBytes = 16 * 1024 * 1024;

export function validateHtml(files) {
  return new Promise((resolve, reject) => {
    execFile('java', ['-Xss4m', '-jar', kVnuJar, '--errors-only', '--format', 'json', ...files],
      { timeout: kVnuTimeoutMs, maxBuffer: kMaxReportBytes },
      (err, stdout, stderr) => {
        // vnu exits 1 when it reports errors; its JSON report is on stderr.
        let report;
        try {
          report = JSON.parse(stderr || '{"messages":[]}');
        } catch {
          return reject(new Error(`vnu failed (${err?.code ?? 'no exit code'}): ${stderr.slice(0, 2000)}`));
        }
        if (err && err.killed) return reject(new Error(`vnu took longer than ${kVnuTimeoutMs} ms`));
        resolve(report.messages
          .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
          .map((m) => ({
            file: decodeURIComponent((m.url || '').replace(/^file:/, '')),
            line: m.lastLine, column: m.firstColumn ?? m.lastColumn, message: m.message, extract: m.extract || '',
          })));
      });
  });
}
