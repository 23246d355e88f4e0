-- evoladder schema version 1 (postgres): every table of rows.TABLES, plus the shipper's mark.
-- Timestamps are UTC; JSON columns are jsonb.
-- No foreign keys: memory is the authority and the shipper applies whole journal entries in order.

-- hot: loaded into memory at start
CREATE TABLE players (
    discord_uid bigint NOT NULL,
    discord_name text NOT NULL,
    player_name text,
    battletag text,
    alt_names jsonb NOT NULL,
    country text,
    region text,
    terms_accepted_at timestamptz,
    setup_completed_at timestamptz,
    banned boolean NOT NULL,
    ban_reason text,
    aborts_used integer NOT NULL,
    aborts_month text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (discord_uid)
);
CREATE INDEX players_player_name_idx ON players (player_name);

-- hot: loaded into memory at start
CREATE TABLE mmrs (
    discord_uid bigint NOT NULL,
    race text NOT NULL,
    mmr integer NOT NULL,
    games integer NOT NULL,
    wins integer NOT NULL,
    losses integer NOT NULL,
    draws integer NOT NULL,
    last_played_at timestamptz,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (discord_uid, race)
);
CREATE INDEX mmrs_race_mmr_idx ON mmrs (race, mmr);

-- hot: loaded into memory at start
CREATE TABLE preferences (
    discord_uid bigint NOT NULL,
    races jsonb NOT NULL,
    vetoes jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE queue_entries (
    discord_uid bigint NOT NULL,
    races jsonb NOT NULL,
    vetoes jsonb NOT NULL,
    joined_at timestamptz NOT NULL,
    waves_waited integer NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE matches (
    match_id bigint NOT NULL,
    player_a bigint NOT NULL,
    player_b bigint NOT NULL,
    race_a text NOT NULL,
    race_b text NOT NULL,
    mmr_a_before integer NOT NULL,
    mmr_b_before integer NOT NULL,
    delta_a integer,
    delta_b integer,
    map text NOT NULL,
    server text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    confirm_a_at timestamptz,
    confirm_b_at timestamptz,
    confirmed_at timestamptz,
    report_a text,
    report_b text,
    result text,
    ended_at timestamptz,
    end_reason text,
    aborted_by bigint,
    replay_hash text,
    resolved_by bigint,
    PRIMARY KEY (match_id)
);
CREATE INDEX matches_player_a_created_at_idx ON matches (player_a, created_at);
CREATE INDEX matches_player_b_created_at_idx ON matches (player_b, created_at);
CREATE INDEX matches_status_idx ON matches (status);

-- hot: loaded into memory at start
CREATE TABLE replays (
    replay_hash text NOT NULL,
    match_id bigint,
    uploaded_by bigint NOT NULL,
    path text NOT NULL,
    uploaded_at timestamptz NOT NULL,
    summary jsonb NOT NULL,
    verdict jsonb NOT NULL,
    PRIMARY KEY (replay_hash)
);
CREATE INDEX replays_match_id_idx ON replays (match_id);

-- hot: loaded into memory at start
CREATE TABLE admins (
    discord_uid bigint NOT NULL,
    added_by bigint,
    added_at timestamptz NOT NULL,
    PRIMARY KEY (discord_uid)
);

-- hot: loaded into memory at start
CREATE TABLE idempotency_keys (
    key text NOT NULL,
    at timestamptz NOT NULL,
    outcome jsonb,
    PRIMARY KEY (key)
);

-- cold: write-only log
CREATE TABLE player_action_logs (
    log_id bigint NOT NULL,
    discord_uid bigint NOT NULL,
    field text NOT NULL,
    old_value text,
    new_value text,
    changed_by bigint NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE INDEX player_action_logs_discord_uid_at_idx ON player_action_logs (discord_uid, at);

-- cold: write-only log
CREATE TABLE command_calls (
    call_id bigint NOT NULL,
    discord_uid bigint NOT NULL,
    command text NOT NULL,
    at timestamptz NOT NULL,
    service_ms double precision NOT NULL,
    PRIMARY KEY (call_id)
);
CREATE INDEX command_calls_discord_uid_at_idx ON command_calls (discord_uid, at);

-- cold: write-only log
CREATE TABLE admin_actions (
    action_id bigint NOT NULL,
    admin_uid bigint NOT NULL,
    action text NOT NULL,
    target text,
    reason text NOT NULL,
    payload jsonb NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (action_id)
);
CREATE INDEX admin_actions_admin_uid_at_idx ON admin_actions (admin_uid, at);

-- The sequence number of the last journal entry applied; updated in the same transaction as its rows.
CREATE TABLE ship_state (
    id integer PRIMARY KEY CHECK (id = 1),
    last_seq bigint NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO ship_state (id, last_seq, updated_at) VALUES (1, 0, '1970-01-01T00:00:00+00:00');
