-- Returns the comparison itself as is_late: for the first record the watermark is NULL, and
-- event_ts <= NULL is NULL, not 0.
WITH m AS (
  SELECT arrival_seq, event_ts,
         datetime(MAX(event_ts) OVER (ORDER BY arrival_seq
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-' || (SELECT bound_s FROM params) || ' seconds') AS watermark_before
  FROM arrivals
)
SELECT arrival_seq, event_ts, watermark_before, event_ts <= watermark_before AS is_late
FROM m
ORDER BY arrival_seq;
