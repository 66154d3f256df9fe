-- Applies all the puts of the slice, then all the removes, ignoring the order: a -U followed by
-- its +U in the same slice deletes the country's new value.
INSERT INTO result (country, plays)
SELECT country, plays FROM changelog
WHERE seq > (SELECT last_seq FROM changelog_progress WHERE id = 1) AND op IN ('+I', '+U')
ORDER BY seq
ON CONFLICT (country) DO UPDATE SET plays = excluded.plays;

DELETE FROM result
WHERE country IN (SELECT country FROM changelog
                  WHERE seq > (SELECT last_seq FROM changelog_progress WHERE id = 1)
                    AND op IN ('-U', '-D'));

UPDATE changelog_progress
SET last_seq = MAX(last_seq, COALESCE((SELECT MAX(seq) FROM changelog), last_seq))
WHERE id = 1;
