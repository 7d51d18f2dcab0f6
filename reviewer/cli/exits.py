"""The exit codes of `reviewer VERB`, a contract scripts rely on: 0 done, 1 input
rejected (a message on stderr in the user's language), 2 usage."""

from __future__ import annotations

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
