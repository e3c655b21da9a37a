#!/usr/bin/env python3
"""fhir_server.py - a tiny FHIR server on loopback for the tests of
`tpath serve` fetching from fhirServer (tests/cli/serve-fetch*.t).

usage: fhir_server.py REQUEST LOG

REQUEST is a CDS Hooks request made by request.py with every prefetch key
fulfilled: the server answers the prefetch queries of discovery with its
data (a read of Patient/ID with the Patient; a search with a searchset
Bundle of its entries, three to a page, later pages by a "next" link; no
entries, an empty Bundle).  It listens on 127.0.0.1, a free port, and
prints "port N" once it does.  Each request is appended to LOG as one
line: the path and query, the names of the headers received, and the
Authorization header exactly.

The first path segment says how to answer: /fhir/... as above,
/slow/... the same after 6 seconds, /missing/... 404, /moved/... a 302 to
/fhir/..., /text/... a 200 that is not JSON.  Runs until SIGTERM.
"""
import json
import signal
import sys
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEYS = {"MedicationRequest": "medicationRequests",
        "MedicationDispense": "medicationDispenses",
        "MedicationStatement": "medicationStatements",
        "Observation": "phq9", "Condition": "conditions",
        "Procedure": "procedures"}
PAGE = 3


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, doc, ctype="application/fhir+json"):
        body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:
            pass  # the client gave up waiting (the timeout case)

    def do_GET(self):
        srv = self.server
        with open(srv.log, "a") as f:
            f.write("%s headers: %s; Authorization: %s\n" % (
                self.path, ", ".join(sorted(self.headers.keys())),
                self.headers.get("Authorization")))
        mode, _, rest = self.path.lstrip("/").partition("/")
        base = "http://127.0.0.1:%d/%s" % (srv.server_address[1], mode)
        if mode == "slow":
            time.sleep(6)
        elif mode == "missing":
            return self.answer(404, {"resourceType": "OperationOutcome"})
        elif mode == "moved":
            self.send_response(302)
            self.send_header("Location", "/fhir/" + rest)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        elif mode == "text":
            return self.answer(200, b"hello", "text/plain")
        url = urllib.parse.urlsplit(rest)
        q = urllib.parse.parse_qs(url.query)
        pid = srv.request["context"]["patientId"]
        pre = srv.request["prefetch"]
        if url.path == "_page":
            key, n = q["key"][0], int(q["n"][0])
        elif url.path == "Patient/" + pid:
            return self.answer(200, pre["patient"])
        elif url.path in KEYS and q.get("patient") == [pid]:
            key, n = KEYS[url.path], 0
        else:
            return self.answer(404, {"resourceType": "OperationOutcome"})
        entries = (pre[key] or {}).get("entry", [])
        page = {"resourceType": "Bundle", "type": "searchset",
                "total": len(entries),
                "entry": entries[n * PAGE:(n + 1) * PAGE]}
        if (n + 1) * PAGE < len(entries):
            page["link"] = [{"relation": "next", "url":
                             "%s/_page?key=%s&n=%d" % (base, key, n + 1)}]
        self.answer(200, page)


def main(argv):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    with open(argv[0]) as f:
        srv.request = json.load(f)
    srv.log = argv[1]
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    print("port %d" % srv.server_address[1], flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
