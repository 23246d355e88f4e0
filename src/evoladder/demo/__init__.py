"""The local demo season: simulated players using the ladder through the same services as Discord."""
