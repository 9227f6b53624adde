"""The query pool of `kg serve`: every query runs in a fresh fork of a process that holds the graph.

Why forks: a query over its time-out must be stopped for real, and Oxigraph has no cancellation, so it runs in
a process that can be killed. pyoxigraph does release the GIL while it evaluates (a Python thread kept ticking
at full rate beside a 0.37 s query), but a thread cannot be killed. A pool of long-lived workers that each
load the graph has to reload it after every kill, which on a big graph costs seconds of CPU exactly when the
server is under slow load. So one "zygote" process loads the graph once and forks a child per query: the fork
shares the graph copy-on-write, starts in milliseconds, and is simply killed at the time-out.

Why two lanes: every query starts in the short lane (`workers` slots). One still running after `short_s`
seconds must move to the long lane (`long_queries` slots) or is stopped with 503, so at most `long_queries`
slow queries run at once and a short lane slot is never held longer than `short_s`: two clients running
queries that hit the time-out cannot make a trivial query wait. A query moved to the long lane also gets a lower
CPU priority (nice 10), so on a busy machine the short ones still get a core promptly.

Wire protocol: the parent and the zygote share a Unix socket. For each query the parent makes a socket pair
and passes one end to the zygote (SCM_RIGHTS); the zygote forks, replies with the child's pid, and the child
reads the request (JSON, until EOF) from its end and writes the answer (one JSON header line, then the body).
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

from kg.own_process import own_module


class EndpointError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class StartupError(RuntimeError):
    """The endpoint cannot start (no graph, unreadable graph); the message is one line for the console."""


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 10.0
    max_rows: int = 10_000
    workers: int = 4  # short-lane slots: queries running for under short_s
    long_queries: int = 2  # long-lane slots: queries allowed to run past short_s, up to timeout_s
    short_s: float = 1.0
    max_waiting: int = 64  # requests queued for a short-lane slot; more get 503 at once
    start_timeout_s: float = 300.0


# ---- parent side -----------------------------------------------------------------------------------------------


class _Zygote:
    """The process holding the graph; forks one child per query."""

    def __init__(self, out_dir: Path, start_timeout_s: float):
        self._control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        argv, env = own_module("kg.serve_pool", str(theirs.fileno()), str(out_dir))
        self.process = subprocess.Popen(
            argv, env=env, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C on the console reaches the parent only; close() kills the group
        )
        theirs.close()
        self._lock = threading.Lock()
        try:
            self._await_ready(start_timeout_s)
        except BaseException:
            self.close()
            raise

    def _await_ready(self, timeout_s: float) -> None:
        self._control.settimeout(timeout_s)
        try:
            line = self._read_line()
        except TimeoutError:
            raise StartupError(f"the graph did not load within {timeout_s:g} s") from None
        finally:
            self._control.settimeout(None)
        if line != "ready":
            raise StartupError(line.removeprefix("error ") or "the query process exited while loading the graph")

    def _read_line(self) -> str:
        data = b""
        while not data.endswith(b"\n"):
            chunk = self._control.recv(4096)
            if not chunk:
                break
            data += chunk
        return data.decode("utf-8", "replace").strip()

    def alive(self) -> bool:
        return self.process.poll() is None

    def fork(self, request: dict) -> _Child:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with self._lock:  # one fork at a time: the pid replies come back in order
                socket.send_fds(self._control, [b"q"], [theirs.fileno()])
                pid = int(self._read_line())
        except (OSError, ValueError):
            ours.close()
            raise
        finally:
            theirs.close()
        ours.sendall(json.dumps(request).encode("utf-8"))
        ours.shutdown(socket.SHUT_WR)
        return _Child(pid, ours)

    def close(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the zygote and every child still running
        except ProcessLookupError:
            pass
        self.process.wait(10)
        self._control.close()


class _Child:
    """One query in its own process; the answer arrives on `sock`."""

    def __init__(self, pid: int, sock: socket.socket):
        self.pid, self.sock, self.data, self.done = pid, sock, b"", False

    def read_until(self, deadline: float) -> tuple[dict, bytes] | None:
        """The answer once the child has written it all, or None at `deadline`."""
        while not self.done:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                return None
            chunk = self.sock.recv(1 << 16)
            self.data += chunk
            self.done = not chunk
        head, _, body = self.data.partition(b"\n")
        if not head:
            raise EndpointError(HTTPStatus.INTERNAL_SERVER_ERROR, "the query process died (out of memory?)")
        return json.loads(head), body

    def demote(self) -> None:
        """Lower a long query's CPU priority, so that on a busy machine short queries still get the CPU."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.pid, 10)
        except OSError:
            pass  # already finished

    def close(self) -> None:
        if not self.done:
            # Still running (no EOF yet, so it still holds its end and its pid is its own): stop it now.
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.sock.close()


class QueryPool:
    """Runs queries in forks of one graph-holding process, in a short and a long lane."""

    def __init__(self, out_dir: Path, limits: Limits):
        self.out_dir, self.limits = Path(out_dir), limits
        self._zygote = _Zygote(self.out_dir, limits.start_timeout_s)
        self._restart_lock = threading.Lock()
        self._short = threading.BoundedSemaphore(max(1, limits.workers))
        self._long = threading.BoundedSemaphore(max(1, limits.long_queries))
        self._waiting = threading.BoundedSemaphore(max(1, limits.max_waiting))

    def run(self, request: dict) -> tuple[dict, bytes]:
        """The child's answer header and body; EndpointError when busy, timed out or failed."""
        request = {**request, "max_rows": self.limits.max_rows, "timeout_s": self.limits.timeout_s}
        self._enter_short_lane()
        in_short = True
        began = time.monotonic()
        child = None
        try:
            child = self._fork(request)
            answer = child.read_until(began + min(self.limits.short_s, self.limits.timeout_s))
            if answer is None and self.limits.timeout_s > self.limits.short_s:
                if not self._long.acquire(blocking=False):
                    raise EndpointError(
                        HTTPStatus.SERVICE_UNAVAILABLE,
                        f"stopped after {self.limits.short_s:g} s: {self.limits.long_queries} long queries are "
                        "already running; try again later", retry_after=int(self.limits.timeout_s))
                self._short.release()
                in_short = False
                child.demote()
                try:
                    answer = child.read_until(began + self.limits.timeout_s)
                finally:
                    self._long.release()
            if answer is None:
                raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE,
                                    f"query timed out after {self.limits.timeout_s:g} s")
            return answer
        finally:
            if child is not None:
                child.close()
            if in_short:
                self._short.release()

    def _enter_short_lane(self) -> None:
        if not self._waiting.acquire(blocking=False):
            raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries waiting; try again", 1)
        try:
            if not self._short.acquire(timeout=self.limits.timeout_s):
                raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE, "all query slots are busy; try again", 1)
        finally:
            self._waiting.release()

    def _fork(self, request: dict) -> _Child:
        zygote = self._zygote
        try:
            return zygote.fork(request)
        except (OSError, ValueError):
            self._restart(zygote)
            try:
                return self._zygote.fork(request)
            except (OSError, ValueError):
                raise EndpointError(HTTPStatus.INTERNAL_SERVER_ERROR, "the query process failed") from None

    def _restart(self, broken: _Zygote) -> None:
        """Replace a zygote that died (killed from outside); the other threads keep the new one."""
        with self._restart_lock:
            if self._zygote is broken:
                broken.close()
                self._zygote = _Zygote(self.out_dir, self.limits.start_timeout_s)

    def close(self) -> None:
        self._zygote.close()


# ---- zygote and child side -------------------------------------------------------------------------------------


def _zygote_main(control_fd: int, out_dir: str) -> int:
    import kg.conneg  # noqa: F401  (imported once here, so that no child pays for it)
    from kg.query import load_store

    control = socket.socket(fileno=control_fd)
    try:
        store = load_store(Path(out_dir))
    except Exception as exc:  # noqa: BLE001  (any load failure is reported to the parent as one line)
        detail = " ".join(str(exc).split()) or type(exc).__name__
        control.sendall(f"error cannot load the graph in {out_dir}: {detail}\n".encode())
        return 1
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps finished children; nobody waits on them
    gc.freeze()  # the children never collect what the zygote holds, so its pages stay shared
    control.sendall(b"ready\n")
    while True:
        message, fds, _, _ = socket.recv_fds(control, 16, 4)
        if not message:
            return 0  # the server went away
        for fd in fds:
            pid = os.fork()
            if pid == 0:
                control.close()
                os._exit(_child_main(store, fd))
            os.close(fd)
            control.sendall(f"{pid}\n".encode())


def _child_main(store, fd: int) -> int:
    from kg import conneg

    sock = socket.socket(fileno=fd)
    request = json.loads(_read_all(sock))
    # Belt and braces: SIGALRM's default action ends the process, even inside Oxigraph, should the parent
    # be unable to kill it.
    signal.setitimer(signal.ITIMER_REAL, request["timeout_s"] + 5)
    try:
        result = evaluate(store, request)
        # Chosen again from the answer's own kind: the parent chose from the query text, which normally agrees.
        media = conneg.choose("graph" if result.kind == "graph" else "results", request["accept"],
                              request["format"])
        body = conneg.render(result, media)
        head = {"status": "ok", "truncated": result.truncated, "media": media}
    except conneg.NotAcceptable as exc:
        head, body = {"status": "unacceptable"}, str(exc).encode()
    except SyntaxError as exc:
        head, body = {"status": "bad"}, f"malformed query: {exc}".encode()
    except Exception as exc:  # noqa: BLE001  (an evaluation error is the query's fault)
        head, body = {"status": "bad"}, f"query failed: {type(exc).__name__}: {exc}".encode()
    sock.sendall(json.dumps(head).encode() + b"\n" + body)
    sock.close()
    return 0


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def evaluate(store, request: dict):
    """Evaluate a request's query over `store` with its dataset; a kg.query.Result."""
    import pyoxigraph as ox

    from kg.query import result_of
    from kg.sparql_guard import check_query, has_dataset_clause

    check_query(request["query"])  # the parent checked too; this process is the one that could connect
    dataset = request.get("dataset")
    if dataset:  # the protocol's dataset replaces the query's FROM / FROM NAMED (SPARQL 1.1 Protocol 2.1.4)
        options = {"default_graph": [ox.NamedNode(iri) for iri in dataset["default"]],
                   "named_graphs": [ox.NamedNode(iri) for iri in dataset["named"]]}
    elif has_dataset_clause(request["query"]):
        options = {}  # FROM / FROM NAMED choose the graphs (with the union flag Oxigraph would ignore them)
    else:
        options = {"use_default_graph_as_union": True}
    return result_of(store.query(request["query"], **options), request["max_rows"])


if __name__ == "__main__":
    raise SystemExit(_zygote_main(int(sys.argv[1]), sys.argv[2]))
