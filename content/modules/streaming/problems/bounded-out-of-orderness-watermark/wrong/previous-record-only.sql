-- Builds the watermark from the previous record alone (LAG) instead of the greatest time seen so
-- far: after an old record arrives, the watermark falls back, and a late record slips through.
WITH m AS (
  SELECT arrival_seq, event_ts,
         datetime(LAG(event_ts) OVER (ORDER BY arrival_seq),
                  '-' || (SELECT bound_s FROM params) || ' seconds') AS watermark_before
  FROM arrivals
)
SELECT arrival_seq, event_ts, watermark_before,
       CASE WHEN event_ts <= watermark_before THEN 1 ELSE 0 END AS is_late
FROM m
ORDER BY arrival_seq;
