-- Uses each symbol's newest quote overall, ignoring when the trade happened: older trades get a
-- price from their future.
WITH last_quote AS (
  SELECT symbol, MAX(quote_ts) AS quote_ts FROM quotes GROUP BY symbol
)
SELECT t.trade_id, q.price_cents
FROM trades t
LEFT JOIN last_quote l ON l.symbol = t.symbol
LEFT JOIN quotes q ON q.symbol = l.symbol AND q.quote_ts = l.quote_ts;
