-- Computes the horizon with the batch's own events included: a batch that holds a much newer
-- event refuses its own older events, which were on time when the run started.
-- 1. The horizon as the run starts (NULL while no id is remembered).
CREATE TEMP TABLE horizon AS
SELECT MAX(t) - 3600 AS horizon_s
FROM (SELECT unixepoch(event_ts) AS t FROM dedup_state
      UNION ALL SELECT unixepoch(event_ts) FROM incoming);

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

-- 5. Forget ids at or behind the new horizon: any later copy of them will be dropped as late.
DELETE FROM dedup_state
WHERE unixepoch(event_ts) <= (SELECT MAX(unixepoch(event_ts)) FROM dedup_state) - 3600;
