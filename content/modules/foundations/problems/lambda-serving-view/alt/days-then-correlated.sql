-- Alternative: list every day either layer knows, then decide per day with CASE and correlated
-- subqueries; the speed sum groups by event_id first.
WITH days AS (
  SELECT day FROM batch_daily_revenue
  UNION
  SELECT substr(event_ts, 1, 10) FROM speed_events
),
per_event AS (
  SELECT event_id, MIN(event_ts) AS event_ts, MIN(amount_cents) AS amount_cents
  FROM speed_events
  GROUP BY event_id
)
SELECT d.day,
       CASE WHEN d.day <= m.covered_through
            THEN (SELECT b.revenue_cents FROM batch_daily_revenue AS b WHERE b.day = d.day)
            ELSE (SELECT SUM(e.amount_cents) FROM per_event AS e
                  WHERE substr(e.event_ts, 1, 10) = d.day)
       END AS revenue_cents,
       CASE WHEN d.day <= m.covered_through THEN 'batch' ELSE 'speed' END AS layer
FROM days AS d, batch_meta AS m
WHERE d.day > m.covered_through
   OR EXISTS (SELECT 1 FROM batch_daily_revenue AS b WHERE b.day = d.day)
ORDER BY d.day;
