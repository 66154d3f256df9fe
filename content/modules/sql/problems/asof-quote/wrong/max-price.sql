-- Takes the highest price among the quotes before the trade instead of the newest quote's price.
-- The two agree only while the price keeps rising.
SELECT t.trade_id, MAX(q.price_cents) AS price_cents
FROM trades t
LEFT JOIN quotes q
  ON q.symbol = t.symbol
 AND q.quote_ts <= t.trade_ts
GROUP BY t.trade_id;
