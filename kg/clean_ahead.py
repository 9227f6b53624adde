"""Cleaning ahead of extraction, in a process of its own (`kg build --jobs 1`).

With one extracting process the build's own process cleans every article (kg.clean) between extractions, and
the other core mostly waits. A `Cleaner` is a fresh interpreter (`python -m kg.clean_ahead`) that cleans the
articles the build hands it, in order, while the build loads its pipeline and extracts: the first seconds of a
build (importing spaCy, loading the models) are enough to clean hundreds of articles. kg.build keeps the order,
the cache of cleaned text and the report; only `kg.clean.clean_article` runs here, so the articles are the same.

Each cleaned article also goes back segmented and POS-tagged by pyvi, with its actors read from those tokens
(kg.model.TokenizedArticle): with one extracting process, segmentation was about a fifth of that process's CPU and
actor recognition about a quarter of the rest, and here they run on the other core. Actors are read with the default
lexicon, the one `kg build` extracts with; this process imports no spaCy.

Messages are length-prefixed pickles: an Article in, ("ok", Article) or ("error", message) out, one per article,
in order. The build writes without blocking (what the pipe does not take waits in memory) and, while it waits
for a reply, keeps writing, so neither side can wait on the other forever. If this process fails, the build
cleans the rest itself.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import subprocess
import sys
from collections import deque

from kg.chunks import COLLECT_EVERY
from kg.model import Article
from kg.own_process import own_module


class CleanerGone(RuntimeError):
    """The cleaning process ended before answering (kg.build cleans the rest itself)."""


class Cleaner:
    """The build's side of a cleaning process. `submit` articles, then `result()` returns the cleaned form of
    each (or raises the error cleaning it raised, as a ValueError with its message), in submission order."""

    def __init__(self) -> None:
        argv, env = own_module("kg.clean_ahead")
        self._process = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._fd = self._process.stdin.fileno()
        _widen_pipe(self._fd)
        _widen_pipe(self._process.stdout.fileno())
        os.set_blocking(self._fd, False)
        self._pending: deque[memoryview] = deque()  # requests (or their tails) not yet in the pipe
        self.waiting = 0  # submitted, not yet answered
        self._gone = False

    @property
    def gone(self) -> bool:
        """The process failed: the build cleans what is left itself."""
        return self._gone

    def submit(self, article: Article) -> None:
        frame = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
        self._pending.append(memoryview(len(frame).to_bytes(8, "little") + frame))
        self.waiting += 1
        self._pump()

    def result(self) -> Article:
        """The next answer: the cleaned article; raises ValueError(message) if cleaning it failed, CleanerGone if
        the process is gone."""
        if self._gone or not self.waiting:
            raise CleanerGone("no answer to wait for")
        answers = self._process.stdout.fileno()  # read unbuffered: select() then tells the truth
        while self._pending:  # the answer may need a request still waiting to be written
            readable, writable, _ = select.select([answers], [self._fd], [])
            if writable:
                self._pump()
            if readable:
                break
        head = _read_exactly(answers, 8)
        body = _read_exactly(answers, int.from_bytes(head, "little")) if len(head) == 8 else b""
        if len(head) < 8 or len(body) < int.from_bytes(head, "little"):
            self._gone = True
            raise CleanerGone(f"the cleaning process stopped (exit status {self._process.poll()})")
        self.waiting -= 1
        status, value = pickle.loads(body)
        if status != "ok":
            raise ValueError(value)
        return value

    def close(self) -> None:
        """Stop the process (it ends at the end of its input) and wait for it."""
        self._pending.clear()
        try:
            self._process.stdin.close()
        except OSError:
            pass
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()

    def _pump(self) -> None:
        while self._pending and not self._gone:
            head = self._pending[0]
            try:
                written = os.write(self._fd, head)
            except BlockingIOError:
                return
            except OSError:  # the process ended: result() says so
                self._pending.clear()
                return
            if written < len(head):
                self._pending[0] = head[written:]
                return
            self._pending.popleft()


def _read_exactly(fd: int, size: int) -> bytes:
    """`size` bytes from fd, or fewer if it ends first."""
    parts, left = [], size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _widen_pipe(fd: int, size: int = 1 << 20) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (ImportError, OSError):
        pass


def _main() -> int:
    """The cleaning process: clean each article read from stdin, answer on stdout, until stdin ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's: it closes our input
    gc.set_threshold(COLLECT_EVERY)  # this process only cleans, segments and reads actors (kg.chunks)
    from kg.clean import clean_article

    inbox, outbox = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the answers
    pyvi = recognizer = None
    loaded = False  # pyvi's models and the actor lexicon load at the first article cleaned, once
    while len(head := inbox.read(8)) == 8:
        article = pickle.loads(inbox.read(int.from_bytes(head, "little")))
        try:
            cleaned = clean_article(article)
        except Exception as error:  # noqa: BLE001  (reported for this article; the others go on)
            answer = ("error", str(error))
        else:
            if not loaded:
                pyvi, recognizer, loaded = _pyvi(), _recognizer(), True
            answer = ("ok", _tokenized(cleaned, pyvi, recognizer) if pyvi is not None else cleaned)
        frame = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        outbox.write(len(frame).to_bytes(8, "little") + frame)
        outbox.flush()
    return 0


def _pyvi():
    """pyvi's segmenter and tagger (kg.pyvi_text.FastPyvi), or None where they cannot load: the build's process
    then segments the articles itself, as it does without this process."""
    from kg.pyvi_text import FastPyvi

    try:
        return FastPyvi()
    except Exception:  # noqa: BLE001  (segmenting ahead is an optimisation; the build's own tokenizer reports)
        return None


def _recognizer():
    """The actor recogniser with the default lexicon, or None where it cannot load: the build's actor component
    then reads the actors itself."""
    from kg.extract.actors import ActorRecognizer
    from kg.extract.lexicon import load_lexicon

    try:
        return ActorRecognizer(load_lexicon())
    except Exception:  # noqa: BLE001  (reading ahead is an optimisation; the build's own component reports)
        return None


def _tokenized(cleaned: Article, pyvi, recognizer) -> Article:
    """The cleaned article with its pyvi tokens and the actors read from them (the build's process would
    otherwise do both itself, on the one core it extracts on, while this process's core mostly waits). An article
    pyvi fails on goes without tokens, and one the recogniser fails on without actors: the build's own tokenizer
    and actor component meet the same failure and report it for that article."""
    from kg.model import TokenizedArticle
    from kg.pyvi_text import pyvi_tokens

    if not cleaned.text.strip():
        return cleaned  # the build drops it
    try:
        tokens = pyvi_tokens(pyvi, cleaned.text)
    except Exception:  # noqa: BLE001
        return cleaned
    return TokenizedArticle(cleaned.id, cleaned.text, cleaned.source, cleaned.title, cleaned.url, cleaned.date,
                            cleaned.outlet, cleaned.fmt, tokens, _actors(cleaned.text, tokens, recognizer))


def _actors(text: str, tokens, recognizer) -> tuple | None:
    from kg.extract.actors import layout_of_tokens

    if recognizer is None or not tokens.words:
        return None
    try:
        return recognizer.article(text, layout_of_tokens(*tokens))
    except Exception:  # noqa: BLE001
        return None


if __name__ == "__main__":
    sys.exit(_main())
