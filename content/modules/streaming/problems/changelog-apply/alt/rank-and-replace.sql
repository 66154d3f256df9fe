-- Ranks the new rows per country with ROW_NUMBER (newest first), removes countries whose newest
-- change is a retraction with a correlated EXISTS, writes puts with
-- INSERT OR REPLACE, and advances progress with a CASE.
WITH newest AS (
  SELECT country, op, plays,
         ROW_NUMBER() OVER (PARTITION BY country ORDER BY seq DESC) AS rn
  FROM changelog
  WHERE seq > (SELECT last_seq FROM changelog_progress)
)
DELETE FROM result
WHERE EXISTS (SELECT 1 FROM newest AS n
              WHERE n.country = result.country AND n.rn = 1 AND n.op IN ('-U', '-D'));

WITH newest AS (
  SELECT country, op, plays,
         ROW_NUMBER() OVER (PARTITION BY country ORDER BY seq DESC) AS rn
  FROM changelog
  WHERE seq > (SELECT last_seq FROM changelog_progress)
)
INSERT OR REPLACE INTO result (country, plays)
SELECT country, plays FROM newest WHERE rn = 1 AND op IN ('+I', '+U');

UPDATE changelog_progress
SET last_seq = CASE
                 WHEN (SELECT MAX(seq) FROM changelog) > last_seq THEN (SELECT MAX(seq) FROM changelog)
                 ELSE last_seq
               END;
