"""Errors that carry a message meant for the user, shown as one line without a traceback."""


class DatesleuthError(Exception):
    """Base class: the message says what is wrong with the input, in one line."""


class InputError(DatesleuthError):
    """The input cannot be read: empty, binary, invalid encoding, broken markup."""


class DateFormatError(InputError):
    """A date given by the user (``--dct``, ``--claimed``) is not a valid YYYY-MM-DD date,
    or not one it can be (a publication date in the future)."""
