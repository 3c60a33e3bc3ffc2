"""Serve an ASGI app with N uvicorn worker processes, each on its own listening socket bound
with SO_REUSEPORT, so that the kernel spreads new connections evenly over the workers.

uvicorn's own `--workers` shares one listening socket among the workers, and whichever worker
wakes first accepts every connection waiting: a client that opens 32 keep-alive connections at
once can find all 32 on one worker while the other sits idle (measured: one worker at 100 % CPU,
the other at 0 %, half the throughput, in about one run in three). With a socket per worker, the
kernel hashes each connection to one of them.

Workers that exit unexpectedly are started again; SIGINT/SIGTERM stop them all (each finishes
its requests in flight, as uvicorn does). On a platform without SO_REUSEPORT, or with one
worker, this is plain `uvicorn.run`.

usage: python -m app.serve MODULE:APP [--factory] [--host H] [--port P] [--workers N] [--log-level L]
"""

import argparse
import logging
import multiprocessing
import signal
import socket
import time
from multiprocessing.process import BaseProcess
from types import FrameType

import uvicorn

log = logging.getLogger("uvicorn.error")
_SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter per worker, as uvicorn does


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def _worker(app: str, factory: bool, host: str, port: int, log_level: str) -> None:
    sock = _listen(host, port)
    config = uvicorn.Config(app, factory=factory, host=host, port=port, log_level=log_level)
    uvicorn.Server(config).run(sockets=[sock])


def run(app: str, *, factory: bool = False, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
        log_level: str = "info") -> None:  # fmt: skip
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(app, factory=factory, host=host, port=port, workers=workers, log_level=log_level)
        return
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    _listen(host, port).close()  # fail here, once, if the address is taken or not ours to bind
    args = (app, factory, host, port, log_level)
    procs: list[BaseProcess] = []
    stopping = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        # uvicorn finishes its requests in flight on SIGTERM, also after a Ctrl-C that reached it
        # from the terminal (only a second SIGINT makes it quit at once)
        nonlocal stopping
        stopping = True
        for proc in procs:
            if proc.is_alive():
                proc.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    procs.extend(_start(args) for _ in range(workers))
    log.info("serving %s on http://%s:%d with %d workers, a socket each (SO_REUSEPORT)", app, host, port, workers)
    while not stopping:
        time.sleep(0.5)
        for i, proc in enumerate(procs):
            if not stopping and not proc.is_alive():
                log.warning("worker %s exited (%s); starting another", proc.pid, proc.exitcode)
                procs[i] = _start(args)
    for proc in procs:
        proc.join(timeout=30)
        if proc.is_alive():
            proc.kill()


def _start(args: tuple[str, bool, str, int, str]) -> BaseProcess:
    proc = _SPAWN.Process(target=_worker, args=args, daemon=False)
    proc.start()
    return proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("app")
    ap.add_argument("--factory", action="store_true")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--log-level", default="info")
    a = ap.parse_args()
    run(a.app, factory=a.factory, host=a.host, port=a.port, workers=a.workers, log_level=a.log_level)


if __name__ == "__main__":
    main()
