-- Buckets by the minute (strftime '%Y-%m-%d %H:%M'): one-minute windows, so two plays in the same
-- five minutes but different minutes land in different rows.
SELECT strftime('%Y-%m-%d %H:%M:00', event_ts) AS window_start,
       strftime('%Y-%m-%d %H:%M:00', event_ts, '+5 minutes') AS window_end,
       title_id, COUNT(*) AS plays, SUM(watch_ms) AS watch_ms
FROM plays
GROUP BY 1, 3
ORDER BY 1, 3;
