"""Matchmaking: the wave engine (whole-wave optimal pairing) and the latency model behind server choice."""
