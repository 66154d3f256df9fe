-- The emission log: one row per firing of a 10-minute window (watermark delay 2 minutes, allowed
-- lateness 5 minutes), ordered by arrival_seq, then window_start.
SELECT NULL AS window_start, NULL AS arrival_seq, NULL AS kind, NULL AS event_count
WHERE 0;
