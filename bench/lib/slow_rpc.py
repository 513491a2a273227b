"""Slow JSON-RPC stubs for the health benchmark: N servers on 127.0.0.1, the i-th answering every
request with common.server.version's answer ("8.2") after 150 + 25 * i ms, as servers at various
distances would. Prints one URL a line (the slowest last), then serves until killed.

    slow_rpc.py N
"""
import http.server
import json
import socketserver
import sys
import threading
import time


def handler(delay):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"{}")
            time.sleep(delay)
            body = json.dumps({"id": request.get("id"), "result": "8.2"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


servers = []
for i in range(int(sys.argv[1])):
    server = Server(("127.0.0.1", 0), handler(0.150 + 0.025 * i))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    servers.append(server)
    print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
threading.Event().wait()
