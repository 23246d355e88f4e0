-- evoladder schema (postgres), staff tools: report times on matches, access codes for closed seasons.
-- Schema version 3.

ALTER TABLE matches ADD COLUMN report_a_at timestamptz;
ALTER TABLE matches ADD COLUMN report_b_at timestamptz;

-- hot: loaded into memory at start
CREATE TABLE access_codes (
    code text NOT NULL,
    uses_allowed integer NOT NULL,
    uses integer NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    note text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (code)
);

-- hot: loaded into memory at start
CREATE TABLE access_grants (
    discord_uid bigint NOT NULL,
    code text NOT NULL,
    granted_at timestamptz NOT NULL,
    PRIMARY KEY (discord_uid)
);
CREATE INDEX access_grants_code_idx ON access_grants (code);
