-- Handles -U (the first half of an update) but not -D: a country whose count is retracted to
-- nothing stays in the table with its last value.
-- The last new change per country decides: put for +I/+U, remove for -U/-D.
CREATE TEMP TABLE last_change AS
SELECT c.country, c.op, c.plays
FROM changelog AS c
WHERE c.seq > (SELECT last_seq FROM changelog_progress WHERE id = 1)
  AND c.seq = (SELECT MAX(x.seq) FROM changelog AS x WHERE x.country = c.country);

DELETE FROM result
WHERE country IN (SELECT country FROM last_change WHERE op = '-U');

INSERT INTO result (country, plays)
SELECT country, plays FROM last_change
WHERE op IN ('+I', '+U')
ON CONFLICT (country) DO UPDATE SET plays = excluded.plays;

-- Progress never moves backwards (an old slice redelivered has a smaller maximum).
UPDATE changelog_progress
SET last_seq = MAX(last_seq, COALESCE((SELECT MAX(seq) FROM changelog), last_seq))
WHERE id = 1;
