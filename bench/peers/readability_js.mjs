// Times Mozilla Readability.js (on a jsdom document) over the pages listed in
// a manifest, for bench/extract_speed. Only extraction is timed: start-up,
// module loading and reading the pages happen before the clock starts.
//
//   node readability_js.mjs MANIFEST ROUNDS
//
// MANIFEST has one "<path>\t<url>" per line (gzip files are inflated here).
// Prints one JSON object: {"name","pages","bytes","failed","rounds":[{"wall","cpu"}]},
// seconds per round. Pages are handed over as bytes, so jsdom sniffs their
// encoding as a browser would, just as the native extractor gets raw bytes.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [manifest, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, Number(roundsArg) || 1);
const pages = readFileSync(manifest, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => {
    const [path, url] = line.split("\t");
    let bytes = readFileSync(path);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return { bytes, url: url || "http://fakehost/test/page.html" };
  });

const require = createRequire(import.meta.url);
const version = (name) => require(`${name}/package.json`).version;
// Pages' own console output and CSS parse errors are not part of the run.
const quiet = new VirtualConsole();

let failed = 0;
const times = [];
for (let r = 0; r < rounds; ++r) {
  failed = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (const page of pages) {
    let dom;
    try {
      dom = new JSDOM(page.bytes, { url: page.url, contentType: "text/html", virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      if (!article) ++failed;
    } catch {
      ++failed;
    } finally {
      if (dom) dom.window.close();
    }
  }
  const wall = (performance.now() - wall0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  times.push({ wall, cpu: (cpu.user + cpu.system) / 1e6 });
}

process.stdout.write(
  JSON.stringify({
    name: `Readability.js ${version("@mozilla/readability")} + jsdom ${version("jsdom")}`,
    pages: pages.length,
    bytes: pages.reduce((n, p) => n + p.bytes.length, 0),
    failed,
    rounds: times,
  }) + "\n",
);
