-- Compares timestamps as text against a horizon rendered in the same format, dedups the batch
-- with GROUP BY and NOT IN, and keeps no temp tables: the sink is updated before the state
-- changes, so both statements see the state as the run found it.
INSERT INTO hourly_revenue (hour_start, events, amount_cents)
SELECT strftime('%Y-%m-%d %H:00:00', ts), COUNT(*), SUM(amt)
FROM (
  SELECT event_id, MIN(event_ts) AS ts, MIN(amount_cents) AS amt
  FROM incoming
  WHERE event_id NOT IN (SELECT event_id FROM dedup_state)
    AND event_ts > COALESCE(
          (SELECT datetime(MAX(unixepoch(event_ts)) - 3600, 'unixepoch') FROM dedup_state), '')
  GROUP BY event_id
) AS firsts
WHERE true
GROUP BY strftime('%Y-%m-%d %H:00:00', ts)
ON CONFLICT (hour_start) DO UPDATE SET
  events       = events + excluded.events,
  amount_cents = amount_cents + excluded.amount_cents;

INSERT OR IGNORE INTO dedup_state (event_id, event_ts)
SELECT event_id, event_ts
FROM incoming
WHERE event_ts > COALESCE(
        (SELECT datetime(MAX(unixepoch(event_ts)) - 3600, 'unixepoch') FROM dedup_state), '');

DELETE FROM dedup_state
WHERE event_ts <= (SELECT datetime(MAX(unixepoch(event_ts)) - 3600, 'unixepoch') FROM dedup_state);
