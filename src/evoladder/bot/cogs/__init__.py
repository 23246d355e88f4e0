"""One module per feature (terms, setup, queue, match, profile, leaderboard, admin), each a GuardedCog."""
