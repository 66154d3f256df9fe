-- The running maximum includes the record itself (the default frame), so a record that raises
-- the maximum meets a watermark built from its own time — and with bound 0 it is called late.
WITH m AS (
  SELECT arrival_seq, event_ts,
         datetime(MAX(event_ts) OVER (ORDER BY arrival_seq),
                  '-' || (SELECT bound_s FROM params) || ' seconds') AS watermark_before
  FROM arrivals
)
SELECT arrival_seq, event_ts, watermark_before,
       CASE WHEN event_ts <= watermark_before THEN 1 ELSE 0 END AS is_late
FROM m
ORDER BY arrival_seq;
