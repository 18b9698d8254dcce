"""A helper process forked at the start of a build, so that two stages overlap on two cores.

A one-story build is a chain: import the language stages, digest, import the page stack
(Jinja2, Markdown, the renderers), render. The helper imports the page stack and compiles the
templates while this process digests, then renders what it is sent: on two cores the page
stack's import and the rendering leave the critical path (about 0.1 s of a 0.4 s build).

Why not :mod:`concurrent.futures`: importing it and :mod:`multiprocessing` costs about 25 ms,
a quarter of what the overlap saves. What is needed is small: one child, calls run in order,
answers (values or exceptions) sent back. Calls and answers go over pipes as pickles; a call is
sent only after the previous answer has been read, so neither side can block the other on a
full pipe.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any

AVAILABLE = hasattr(os, "fork")
"""Fork exists on Linux and macOS; elsewhere pages are rendered in the build's own process, after the digest."""


class ForkedHelper:
    """One child process that runs the functions it is sent, in order, and sends back what they return.

    :meth:`submit` returns a ticket; :meth:`result` takes one and returns that call's value (or
    raises what it raised). Use as a context manager: leaving the block ends the child, also when
    the block failed, before anything the child might still be writing (a staging folder) is
    cleaned up.
    """

    def __init__(self) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: serve, then leave without running the parent's clean-up code
            os.close(task_write)
            os.close(result_read)
            os._exit(_serve(task_read, result_write))
        os.close(task_read)
        os.close(result_write)
        self.pid = pid
        self._tasks = os.fdopen(task_write, "wb")
        self._results = os.fdopen(result_read, "rb")
        self._sent = 0  # calls sent; a call's ticket is its number
        self._answered = 0  # answers read, which come in the order the calls were sent
        self._received: dict[int, tuple[bool, Any]] = {}
        self._closed = False

    def __enter__(self) -> ForkedHelper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit(self, function: Callable[..., Any], *args: Any) -> int:
        """Start ``function(*args)`` in the child; returns the ticket for :meth:`result`.

        The previous call's answer is read first (and kept), so the child never waits to write
        while this process waits to write: one call in flight at a time.
        """
        if self._answered < self._sent:
            self._receive()
        pickle.dump((function, args), self._tasks, protocol=pickle.HIGHEST_PROTOCOL)
        self._tasks.flush()
        self._sent += 1
        return self._sent - 1

    def result(self, ticket: int) -> Any:
        """What the call with this ticket returned; what it raised is raised here."""
        while ticket not in self._received and self._answered < self._sent:
            self._receive()
        ok, value = self._received.pop(ticket)
        if not ok:
            raise value
        return value

    def _receive(self) -> None:
        try:
            reply = pickle.load(self._results)
        except EOFError:
            raise RuntimeError("the build's helper process ended unexpectedly") from None
        self._received[self._answered] = reply
        self._answered += 1

    def close(self) -> None:
        """End the child now (it holds no state worth keeping) and reap it; a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        for stream in (self._tasks, self._results):
            with contextlib.suppress(OSError):
                stream.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


def _serve(task_fd: int, result_fd: int) -> int:
    """The child's loop: read a call, run it, send back ``(True, value)`` or ``(False, exception)``."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends this process
        tasks, results = os.fdopen(task_fd, "rb"), os.fdopen(result_fd, "wb")
        while True:
            try:
                function, args = pickle.load(tasks)
            except EOFError:
                return 0
            try:
                reply: tuple[bool, Any] = (True, function(*args))
            except Exception as err:  # sent back and raised in the parent, which reports it
                reply = (False, err)
            try:
                data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as err:  # an answer that cannot travel is a bug; say which
                data = pickle.dumps((False, RuntimeError(f"helper could not send its result: {err!r}")))
            results.write(data)
            results.flush()
    except BaseException:  # the parent went away (broken pipe) or killed us: nothing to report to
        return 1
