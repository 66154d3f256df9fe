-- Orders the running maximum by event time instead of arrival: every record then only "sees"
-- older times, so nothing that arrived out of order is ever found late.
WITH m AS (
  SELECT arrival_seq, event_ts,
         datetime(MAX(event_ts) OVER (ORDER BY event_ts, arrival_seq
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-' || (SELECT bound_s FROM params) || ' seconds') AS watermark_before
  FROM arrivals
)
SELECT arrival_seq, event_ts, watermark_before,
       CASE WHEN event_ts <= watermark_before THEN 1 ELSE 0 END AS is_late
FROM m
ORDER BY arrival_seq;
