-- Count each incoming payment once in hourly_revenue, remember its id in dedup_state, and forget
-- ids more than an hour behind the newest one. This starter counts every copy and never forgets.
INSERT INTO hourly_revenue (hour_start, events, amount_cents)
SELECT substr(event_ts, 1, 13) || ':00:00', COUNT(*), SUM(amount_cents)
FROM incoming
WHERE true
GROUP BY substr(event_ts, 1, 13)
ON CONFLICT (hour_start) DO UPDATE SET
  events       = hourly_revenue.events + excluded.events,
  amount_cents = hourly_revenue.amount_cents + excluded.amount_cents;
