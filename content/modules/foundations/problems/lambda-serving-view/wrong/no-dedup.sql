-- Mistake: sums every speed row, so an event delivered twice is counted twice.
WITH cutoff AS (
  SELECT covered_through FROM batch_meta
),
speed_once AS (
  -- One row per event: repeats are identical, so DISTINCT over the whole row removes them.
  SELECT event_id, event_ts, amount_cents
  FROM speed_events
)
SELECT day, revenue_cents, 'batch' AS layer
FROM batch_daily_revenue
WHERE day <= (SELECT covered_through FROM cutoff)
UNION ALL
SELECT date(event_ts) AS day, SUM(amount_cents), 'speed'
FROM speed_once
WHERE date(event_ts) > (SELECT covered_through FROM cutoff)
GROUP BY date(event_ts)
ORDER BY day;
