#!/usr/bin/python3
"""A real SMTP server on loopback for tests, benchmarks and the demo.

Built on Debian's python3-aiosmtpd. Every accepted message is stored as
DIR/<seq>-<random>.eml (written under a temporary name and renamed, so a
reader never sees half a file), with two lines prepended that record the
envelope: X-Envelope-From and X-Envelope-To.

  smtp_server.py --port 0 --dir DIR [--fault-file FILE] [--auth USER:PASS]
                 [--tls-cert CERT --tls-key KEY]

With --tls-cert the server offers STARTTLS and refuses mail (and AUTH)
until the client has switched to TLS.

With --port 0 a free port is chosen. Once listening, exactly one line
"listening on 127.0.0.1:<port>" is printed. Faults, re-read whenever the
file changes, are a JSON object keyed by a substring of the recipient:
  {"slow@": {"rcpt": 450, "times": 1}}   answer RCPT TO with 450, once
  {"gone@": {"rcpt": 550}}               answer RCPT TO with 550, always
  {"late@": {"data": 451}}               answer the end of DATA with 451 (nothing stored)
  {"drop@": {"drop": true}}              close the connection at RCPT TO
The server also counts connections and writes the count to DIR/.connections,
and the messages stored so far to DIR/.received.
"""

import argparse
import asyncio
import itertools
import json
import os
import secrets
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Faults:
    def __init__(self, path):
        self.path = path
        self.mtime = None
        self.rules = {}
        self.used = {}

    def rule(self, recipient, stage):
        if self.path:
            try:
                mtime = os.stat(self.path).st_mtime_ns
            except OSError:
                mtime = None
            if mtime != self.mtime:
                self.mtime = mtime
                try:
                    with open(self.path, encoding="utf-8") as f:
                        self.rules = json.load(f) if mtime is not None else {}
                except (OSError, ValueError):
                    self.rules = {}
                self.used = {}
        for key, rule in self.rules.items():
            if key in recipient and stage in rule:
                times = rule.get("times")
                used = self.used.get((key, stage), 0)
                if times is not None and used >= times:
                    continue
                self.used[(key, stage)] = used + 1
                return rule[stage]
        return None


class Handler:
    def __init__(self, directory, faults):
        self.directory = directory
        self.faults = faults
        self.seq = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.faults.rule(address, "drop"):
            # abort() closes at once, dropping any reply: the client sees the
            # connection vanish mid-transaction.
            server.transport.abort()
            return "421 closing"
        code = self.faults.rule(address, "rcpt")
        if code:
            return f"{code} refused for testing"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            code = self.faults.rule(rcpt, "data")
            if code:
                return f"{code} refused for testing"
        n = next(self.seq)
        name = f"{n:08d}-{secrets.token_hex(4)}.eml"
        tmp = os.path.join(self.directory, "." + name + ".tmp")
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        head = (f"X-Envelope-From: <{envelope.mail_from}>\r\n"
                f"X-Envelope-To: <{','.join(envelope.rcpt_tos)}>\r\n").encode("ascii", "replace")
        with open(tmp, "wb") as f:
            f.write(head + data)
        os.rename(tmp, os.path.join(self.directory, name))
        # The running count, so a reader polling it need not list a
        # directory of 100,000 files (which would steal the sender's CPU).
        count_tmp = os.path.join(self.directory, ".received.tmp")
        with open(count_tmp, "w") as f:
            f.write(str(n))
        os.replace(count_tmp, os.path.join(self.directory, ".received"))
        return "250 Message accepted"


class CountingSMTP(SMTP):
    connections = 0
    directory = "."

    def connection_made(self, transport):
        # STARTTLS calls this again for the same TCP connection (with the TLS
        # transport); only the first call is a new connection.
        if not getattr(self, "_counted", False):
            self._counted = True
            CountingSMTP.connections += 1
            with open(os.path.join(CountingSMTP.directory, ".connections"), "w") as f:
                f.write(str(CountingSMTP.connections))
        super().connection_made(transport)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--fault-file")
    ap.add_argument("--auth")
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    CountingSMTP.directory = args.dir
    handler = Handler(args.dir, Faults(args.fault_file))

    kwargs = {"hostname": "smtp.test", "data_size_limit": 32 * 1024 * 1024, "timeout": 120}
    tls = bool(args.tls_cert)
    if tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, _, password = args.auth.partition(":")

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok)

        kwargs.update(auth_required=True, auth_require_tls=tls, authenticator=authenticator)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(lambda: CountingSMTP(handler, **kwargs), host="127.0.0.1", port=args.port))
    port = server.sockets[0].getsockname()[1]
    print(f"listening on 127.0.0.1:{port}", flush=True)
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    try:
        loop.run_forever()
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
