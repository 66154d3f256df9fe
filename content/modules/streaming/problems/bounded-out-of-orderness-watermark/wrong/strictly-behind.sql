-- Uses < instead of <=: a record exactly on the watermark is accepted, but Flink's watermark W
-- promises nothing at or before W is still coming, so a record at W is late.
WITH m AS (
  SELECT arrival_seq, event_ts,
         datetime(MAX(event_ts) OVER (ORDER BY arrival_seq
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-' || (SELECT bound_s FROM params) || ' seconds') AS watermark_before
  FROM arrivals
)
SELECT arrival_seq, event_ts, watermark_before,
       CASE WHEN event_ts < watermark_before THEN 1 ELSE 0 END AS is_late
FROM m
ORDER BY arrival_seq;
