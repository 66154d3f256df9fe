-- Joins each play to candidate windows with BETWEEN start AND end: BETWEEN includes both ends, so
-- a play at exactly 10:05:00 is counted in [10:00, 10:05) and in [10:05, 10:10).
WITH starts AS (
  SELECT DISTINCT (unixepoch(event_ts) / 300) * 300 + d AS start_s
  FROM plays, (SELECT -300 AS d UNION ALL SELECT 0)
)
SELECT datetime(s.start_s, 'unixepoch'), datetime(s.start_s + 300, 'unixepoch'), p.title_id,
       COUNT(*), SUM(p.watch_ms)
FROM starts s
JOIN plays p ON unixepoch(p.event_ts) BETWEEN s.start_s AND s.start_s + 300
GROUP BY s.start_s, p.title_id
ORDER BY 1, 3;
