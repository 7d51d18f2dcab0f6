"""The exit codes of `reviewer VERB`, a contract scripts rely on: 0 done, 1 input
rejected (a message on stderr in the user's language), 2 usage, 3 the results cannot be
locked yet (`reviewer lock`: a deviating score neither re-checked nor explained, each
listed on stderr; `--override-reason` lets the panel leader lock anyway)."""

from __future__ import annotations

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
EXIT_LOCK_REFUSED = 3
