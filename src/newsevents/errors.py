"""Errors that a user sees as one line, never as a traceback."""


class UnusableInput(Exception):
    """The input cannot become an article (empty, binary, not an article, not English, ...).

    The message is the one-line reason shown to the user and stored in the inputs ledger.
    """


class FetchError(UnusableInput):
    """A URL or feed could not be fetched (refused address, timeout, too large, HTTP error)."""
