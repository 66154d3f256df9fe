-- One row per record, in arrival order:
--   watermark_before = (greatest event_ts among earlier arrivals) - bound_s seconds, NULL for the first
--   is_late          = 1 when event_ts <= watermark_before, else 0
-- Columns: arrival_seq, event_ts, watermark_before, is_late
SELECT arrival_seq, event_ts, NULL AS watermark_before, 0 AS is_late
FROM arrivals
ORDER BY arrival_seq;
