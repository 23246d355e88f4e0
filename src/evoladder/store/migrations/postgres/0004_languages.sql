-- evoladder schema version 4: the language each player reads the ladder in.
-- language: their /language choice (NULL: follow Discord); locale: Discord's language at their last
-- interaction (what DMs are written in when they chose none).
ALTER TABLE players ADD COLUMN language TEXT;
ALTER TABLE players ADD COLUMN locale TEXT;
