-- Apply this slice of the changelog to result and advance changelog_progress.
-- This starter only handles inserts and ignores progress.
INSERT INTO result (country, plays)
SELECT country, plays FROM changelog
WHERE op = '+I'
ON CONFLICT (country) DO UPDATE SET plays = excluded.plays;
