"""The in-memory-first store: hot state in memory, changes journaled, shipped to the database."""
