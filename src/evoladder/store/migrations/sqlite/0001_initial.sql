-- evoladder schema version 1 (sqlite): every table of rows.TABLES, plus the shipper's mark.
-- Timestamps are UTC ISO 8601 text with microseconds (text order = time order); JSON is text; booleans are 0/1.
-- No foreign keys: memory is the authority and the shipper applies whole journal entries in order.

-- hot: loaded into memory at start
CREATE TABLE players (
    discord_uid INTEGER NOT NULL,
    discord_name TEXT NOT NULL,
    player_name TEXT,
    battletag TEXT,
    alt_names TEXT NOT NULL,
    country TEXT,
    region TEXT,
    terms_accepted_at TEXT,
    setup_completed_at TEXT,
    banned INTEGER NOT NULL,
    ban_reason TEXT,
    aborts_used INTEGER NOT NULL,
    aborts_month TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid)
);
CREATE INDEX players_player_name_idx ON players (player_name);

-- hot: loaded into memory at start
CREATE TABLE mmrs (
    discord_uid INTEGER NOT NULL,
    race TEXT NOT NULL,
    mmr INTEGER NOT NULL,
    games INTEGER NOT NULL,
    wins INTEGER NOT NULL,
    losses INTEGER NOT NULL,
    draws INTEGER NOT NULL,
    last_played_at TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid, race)
);
CREATE INDEX mmrs_race_mmr_idx ON mmrs (race, mmr);

-- hot: loaded into memory at start
CREATE TABLE preferences (
    discord_uid INTEGER NOT NULL,
    races TEXT NOT NULL,
    vetoes TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE queue_entries (
    discord_uid INTEGER NOT NULL,
    races TEXT NOT NULL,
    vetoes TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    waves_waited INTEGER NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE matches (
    match_id INTEGER NOT NULL,
    player_a INTEGER NOT NULL,
    player_b INTEGER NOT NULL,
    race_a TEXT NOT NULL,
    race_b TEXT NOT NULL,
    mmr_a_before INTEGER NOT NULL,
    mmr_b_before INTEGER NOT NULL,
    delta_a INTEGER,
    delta_b INTEGER,
    map TEXT NOT NULL,
    server TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    confirm_a_at TEXT,
    confirm_b_at TEXT,
    confirmed_at TEXT,
    report_a TEXT,
    report_b TEXT,
    result TEXT,
    ended_at TEXT,
    end_reason TEXT,
    aborted_by INTEGER,
    replay_hash TEXT,
    resolved_by INTEGER,
    PRIMARY KEY (match_id)
);
CREATE INDEX matches_player_a_created_at_idx ON matches (player_a, created_at);
CREATE INDEX matches_player_b_created_at_idx ON matches (player_b, created_at);
CREATE INDEX matches_status_idx ON matches (status);

-- hot: loaded into memory at start
CREATE TABLE replays (
    replay_hash TEXT NOT NULL,
    match_id INTEGER,
    uploaded_by INTEGER NOT NULL,
    path TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    verdict TEXT NOT NULL,
    PRIMARY KEY (replay_hash)
);
CREATE INDEX replays_match_id_idx ON replays (match_id);

-- hot: loaded into memory at start
CREATE TABLE admins (
    discord_uid INTEGER NOT NULL,
    added_by INTEGER,
    added_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE idempotency_keys (
    key TEXT NOT NULL,
    at TEXT NOT NULL,
    outcome TEXT,
    PRIMARY KEY (key)
);

-- cold: write-only log
CREATE TABLE player_action_logs (
    log_id INTEGER NOT NULL,
    discord_uid INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_by INTEGER NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE INDEX player_action_logs_discord_uid_at_idx ON player_action_logs (discord_uid, at);

-- cold: write-only log
CREATE TABLE command_calls (
    call_id INTEGER NOT NULL,
    discord_uid INTEGER NOT NULL,
    command TEXT NOT NULL,
    at TEXT NOT NULL,
    service_ms REAL NOT NULL,
    PRIMARY KEY (call_id)
);
CREATE INDEX command_calls_discord_uid_at_idx ON command_calls (discord_uid, at);

-- cold: write-only log
CREATE TABLE admin_actions (
    action_id INTEGER NOT NULL,
    admin_uid INTEGER NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    reason TEXT NOT NULL,
    payload TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (action_id)
);
CREATE INDEX admin_actions_admin_uid_at_idx ON admin_actions (admin_uid, at);

-- The sequence number of the last journal entry applied; updated in the same transaction as its rows.
CREATE TABLE ship_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO ship_state (id, last_seq, updated_at) VALUES (1, 0, '1970-01-01T00:00:00.000000+00:00');
