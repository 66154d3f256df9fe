-- Cuts time into fixed half-hour buckets (09:00-09:29:59, 09:30-09:59:59, ...) instead of looking
-- at the gaps between clicks: two clicks a minute apart can land in different buckets, and a
-- session longer than 30 minutes is always split.
SELECT user_id, MIN(ts), MAX(ts), COUNT(*)
FROM clicks
GROUP BY user_id, unixepoch(ts) / 1800;
