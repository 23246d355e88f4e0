-- evoladder schema version 5: why the wave chose each pair, kept with the match for the match message
-- and /admin match. A JSON list, BW player first: [MMR gap, window, BW ping ms, SC2 ping ms, MMR term,
-- ping term, wait credit, total cost, BW waves waited, SC2 waves waited] (NULL: made before version 5).
ALTER TABLE matches ADD COLUMN pairing TEXT;
