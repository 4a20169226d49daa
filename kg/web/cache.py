"""A bounded, least-recently-used cache of the answers the pages read from the store.

``kg serve`` opens an on-disk store read-only and sees it as it was when it started (restart it
after an ingest, as the README says), so an answer, once read, stays right for the server's life:
the home page's counts, an entity's facts. The bound is in rows, not entries (one answer may hold
thousands); an answer larger than the whole bound is not kept. A remote store can change under the
server, so :mod:`kg.web.state` keeps no cache for it.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class AnswerCache:
    """``get(key, compute)``: the kept answer (a list) or ``compute()``'s, kept; thread-safe."""

    def __init__(self, max_rows: int):
        self.max_rows = max_rows
        self.rows = 0
        self._answers: OrderedDict[Hashable, list] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], list]) -> list:
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
        answer = compute()  # outside the lock: two threads may compute it once each, no harm
        weight = max(1, len(answer))
        if weight > self.max_rows:
            return answer
        with self._lock:
            if key not in self._answers:
                self._answers[key] = answer
                self.rows += weight
            while self.rows > self.max_rows:
                _, dropped = self._answers.popitem(last=False)
                self.rows -= max(1, len(dropped))
        return answer

    def __len__(self) -> int:
        return len(self._answers)
