#!/usr/bin/env python3
"""A local stand-in for the Digital Downloads v2 API, for `make bench`'s API figure.

    scripts/bench-api-server.py FOLDER PORT_FILE

Serves GET /api/v2/customer-account-orders?id=ID with the bytes of FOLDER/ID.json (404 when there
is none), over HTTP/1.1 with kept-alive connections, one thread a connection, on 127.0.0.1 and a
port the system picks, which it writes to PORT_FILE once listening. Bodies are read into memory
first, so the disk is not part of what the benchmark compares. Stops on SIGTERM or SIGINT.
"""

import http.server
import os
import signal
import sys
import urllib.parse


def main():
    folder, port_file = sys.argv[1], sys.argv[2]
    bodies = {}
    for name in os.listdir(folder):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), "rb") as file:
                bodies[name[:-5]] = file.read()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without this, Nagle's algorithm and the client's
        # delayed ACK hold every response about 40 ms, and the server, not the clients, sets the pace.
        disable_nagle_algorithm = True

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            ids = urllib.parse.parse_qs(url.query).get("id", [])
            body = bodies.get(ids[0]) if url.path == "/api/v2/customer-account-orders" and ids else None
            status = 200 if body is not None else 404
            if body is None:
                body = b'{"message":"Not found"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *arguments):
            pass

    http.server.ThreadingHTTPServer.daemon_threads = True
    # The default backlog of 5 drops some of 8 simultaneous connections, and each dropped SYN is
    # retried a second later: that second, not the client, would then be what is measured.
    http.server.ThreadingHTTPServer.request_queue_size = 128
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with open(port_file + ".tmp", "w") as file:
        file.write(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass


if __name__ == "__main__":
    main()
