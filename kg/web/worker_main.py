"""Entry point of a query worker process: ``python -m kg.web.worker_main STORE BASE JOB_FD ANSWER_FD``
(started by :class:`kg.web.workers.WorkerPool`; see :func:`kg.web.workers.main`)."""
import sys

from kg.web.workers import main

if __name__ == "__main__":
    main(sys.argv[1:])
