"""Errors of the build layer that the command line turns into exit codes."""

from __future__ import annotations


class UsageError(Exception):
    """Bad arguments: a path the user named does not exist, matches nothing or cannot be read, an unknown option
    value, or an --out folder that is not a kg build. `kg build` exits 2 with the message."""
