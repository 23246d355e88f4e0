"""evoladder: the ranked 1v1 ladder of SC: Evo Complete, in-memory first."""

__version__ = "0.1.0"
