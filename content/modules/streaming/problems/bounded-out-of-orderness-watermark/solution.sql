-- The watermark a record meets is built from earlier arrivals only: a running maximum over
-- arrival order whose frame stops one row before the current record.
WITH seen AS (
  SELECT arrival_seq, event_ts,
         MAX(event_ts) OVER (ORDER BY arrival_seq
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS max_before
  FROM arrivals
),
marked AS (
  SELECT s.arrival_seq, s.event_ts,
         datetime(s.max_before, '-' || p.bound_s || ' seconds') AS watermark_before
  FROM seen AS s CROSS JOIN params AS p
)
SELECT arrival_seq, event_ts, watermark_before,
       CASE WHEN watermark_before IS NOT NULL AND event_ts <= watermark_before THEN 1 ELSE 0 END
         AS is_late
FROM marked
ORDER BY arrival_seq;
