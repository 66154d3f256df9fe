-- Applies every row of the slice, old or new: a redelivered slice replays stale values over newer
-- ones.
-- The last new change per country decides: put for +I/+U, remove for -U/-D.
CREATE TEMP TABLE last_change AS
SELECT c.country, c.op, c.plays
FROM changelog AS c
WHERE c.seq = (SELECT MAX(x.seq) FROM changelog AS x WHERE x.country = c.country);

DELETE FROM result
WHERE country IN (SELECT country FROM last_change WHERE op IN ('-U', '-D'));

INSERT INTO result (country, plays)
SELECT country, plays FROM last_change
WHERE op IN ('+I', '+U')
ON CONFLICT (country) DO UPDATE SET plays = excluded.plays;

-- Progress never moves backwards (an old slice redelivered has a smaller maximum).
UPDATE changelog_progress
SET last_seq = MAX(last_seq, COALESCE((SELECT MAX(seq) FROM changelog), last_seq))
WHERE id = 1;
