"""Times readability-lxml (Debian's python3-readability) over the pages listed
in a manifest, for bench/extract_speed. Only extraction is timed: start-up,
imports and reading the pages happen before the clock starts.

    python3 readability_lxml.py MANIFEST ROUNDS

MANIFEST has one "<path>\\t<url>" per line (gzip files are inflated here).
Prints one JSON object: {"name","pages","bytes","failed","rounds":[{"wall","cpu"}]},
seconds per round. Pages are handed over as bytes, so the library detects
their encoding itself, just as the native extractor gets raw bytes.
"""
import gzip
import json
import logging
import sys
import time
from importlib import metadata

from readability import Document


def main():
    manifest, rounds = sys.argv[1], max(1, int(sys.argv[2]))
    pages = []
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            path, _, url = line.partition("\t")
            with open(path, "rb") as page:
                data = page.read()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            pages.append((data, url or None))
    # The library logs every page it cannot score; that is not extraction work.
    logging.disable(logging.CRITICAL)
    try:
        version = metadata.version("readability-lxml")
    except metadata.PackageNotFoundError:
        version = "?"

    times, failed = [], 0
    for _ in range(rounds):
        failed = 0
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for data, url in pages:
            try:
                doc = Document(data, url=url)
                doc.title()
                doc.summary()
            except Exception:  # a peer's failure on one page is counted, not fatal
                failed += 1
        times.append({"wall": time.perf_counter() - wall0, "cpu": time.process_time() - cpu0})

    print(json.dumps({
        "name": f"readability-lxml {version}",
        "pages": len(pages),
        "bytes": sum(len(d) for d, _ in pages),
        "failed": failed,
        "rounds": times,
    }))


if __name__ == "__main__":
    main()
