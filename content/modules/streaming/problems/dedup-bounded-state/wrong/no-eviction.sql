-- Never forgets an id: the counts are right, but dedup_state grows with every event ever seen,
-- which is exactly the unbounded state a retention horizon exists to prevent.
-- 1. The horizon as the run starts (NULL while no id is remembered).
CREATE TEMP TABLE horizon AS
SELECT (SELECT MAX(unixepoch(event_ts)) FROM dedup_state) - 3600 AS horizon_s;

-- 2-3. Events newer than the horizon whose id is not remembered; copies within the batch collapse
-- because a resent event is an exact copy.
CREATE TEMP TABLE fresh AS
SELECT DISTINCT i.event_id, i.event_ts, i.amount_cents
FROM incoming AS i
CROSS JOIN horizon AS h
WHERE (h.horizon_s IS NULL OR unixepoch(i.event_ts) > h.horizon_s)
  AND NOT EXISTS (SELECT 1 FROM dedup_state AS s WHERE s.event_id = i.event_id);

-- 4. Remember them and count them.
INSERT INTO dedup_state (event_id, event_ts)
SELECT event_id, event_ts FROM fresh;

INSERT INTO hourly_revenue (hour_start, events, amount_cents)
SELECT substr(event_ts, 1, 13) || ':00:00', COUNT(*), SUM(amount_cents)
FROM fresh
WHERE true
GROUP BY substr(event_ts, 1, 13)
ON CONFLICT (hour_start) DO UPDATE SET
  events       = hourly_revenue.events + excluded.events,
  amount_cents = hourly_revenue.amount_cents + excluded.amount_cents;

