-- Mistake: compares the timestamp text with the cutoff date. '2024-10-06 09:00:00' > '2024-10-06' is
-- true as text, so events from the cutoff day leak into the speed side.
WITH cutoff AS (
  SELECT covered_through FROM batch_meta
),
speed_once AS (
  -- One row per event: repeats are identical, so DISTINCT over the whole row removes them.
  SELECT DISTINCT event_id, event_ts, amount_cents
  FROM speed_events
)
SELECT day, revenue_cents, 'batch' AS layer
FROM batch_daily_revenue
WHERE day <= (SELECT covered_through FROM cutoff)
UNION ALL
SELECT date(event_ts) AS day, SUM(amount_cents), 'speed'
FROM speed_once
WHERE event_ts > (SELECT covered_through FROM cutoff)
GROUP BY date(event_ts)
ORDER BY day;
