"""The ladder's rules: pure functions and values, no I/O, no Discord, no database."""
