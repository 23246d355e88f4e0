-- evoladder schema version 2 (sqlite), the results issue: each player's replay of a match, and the
-- community notices a player acknowledged.

-- Each player's replay: matches.replay_a / replay_b replace the one matches.replay_hash. The replay
-- a match kept goes to the slot of the player who uploaded it.
ALTER TABLE matches ADD COLUMN replay_a TEXT;
ALTER TABLE matches ADD COLUMN replay_b TEXT;
UPDATE matches SET replay_a = replay_hash
    WHERE replay_hash IS NOT NULL
      AND EXISTS (SELECT 1 FROM replays r
                  WHERE r.replay_hash = matches.replay_hash AND r.uploaded_by = matches.player_a);
UPDATE matches SET replay_b = replay_hash
    WHERE replay_hash IS NOT NULL
      AND EXISTS (SELECT 1 FROM replays r
                  WHERE r.replay_hash = matches.replay_hash AND r.uploaded_by = matches.player_b);
ALTER TABLE matches DROP COLUMN replay_hash;

-- hot: loaded into memory at start. One row per (player, notice) acknowledged: quick_start (before
-- the first Join), shield_battery (matches with a Brood War Protoss player).
CREATE TABLE notice_acks (
    discord_uid INTEGER NOT NULL,
    notice TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid, notice)
);
