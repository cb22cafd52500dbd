"""Domain errors. The library raises these; only the CLI turns them into messages."""


class KerjasamaError(Exception):
    """Base of every error a user can act on (bad input, missing data, busy store)."""


class InputError(KerjasamaError):
    """A source file cannot be read or understood. The message names the file."""


class AmbiguousRegion(KerjasamaError):
    """A region name fits several regions; ``candidates`` lists their codes."""

    def __init__(self, name, candidates):
        self.name = name
        self.candidates = list(candidates)
        super().__init__(f"{name!r} is ambiguous: " + ", ".join(self.candidates))


class UnknownRegion(KerjasamaError):
    """A region name or code matches no region."""


class StoreBusy(KerjasamaError):
    """Another process is writing to the data folder."""


class QueryError(KerjasamaError):
    """The graph database refused a query; the message is the database's own."""


class ReadOnlyQuery(QueryError):
    """A query tried to change data without ``write=True``."""


class GraphUnreadable(KerjasamaError):
    """The graph file cannot be used (damaged, or made by another version); the records can
    rebuild it."""


class DataFormatError(KerjasamaError):
    """The data folder was written by a newer kerjasama than this one."""
