-- Mistake: adds the two layers together. Days the speed layer still holds but the batch already
-- covers are counted twice.
WITH speed_once AS (SELECT DISTINCT event_id, event_ts, amount_cents FROM speed_events),
both_layers AS (
  SELECT day, revenue_cents FROM batch_daily_revenue
  UNION ALL
  SELECT date(event_ts), amount_cents FROM speed_once
)
SELECT day, SUM(revenue_cents),
       CASE WHEN day <= (SELECT covered_through FROM batch_meta) THEN 'batch' ELSE 'speed' END
FROM both_layers
GROUP BY day
ORDER BY day;
