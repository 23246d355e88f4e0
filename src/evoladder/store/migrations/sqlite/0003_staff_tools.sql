-- evoladder schema (sqlite), staff tools: report times on matches, access codes for closed seasons.
-- Schema version 3.

ALTER TABLE matches ADD COLUMN report_a_at TEXT;
ALTER TABLE matches ADD COLUMN report_b_at TEXT;

-- hot: loaded into memory at start
CREATE TABLE access_codes (
    code TEXT NOT NULL,
    uses_allowed INTEGER NOT NULL,
    uses INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    note TEXT NOT NULL,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (code)
);

-- hot: loaded into memory at start
CREATE TABLE access_grants (
    discord_uid INTEGER NOT NULL,
    code TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (discord_uid)
);
CREATE INDEX access_grants_code_idx ON access_grants (code);
