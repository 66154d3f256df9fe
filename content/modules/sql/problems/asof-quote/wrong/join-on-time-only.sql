-- Finds the right quote time per trade, but joins back to quotes on the time alone. When another
-- symbol quoted at that same second, the trade comes back twice, once with the wrong price.
SELECT t.trade_id, q.price_cents
FROM trades t
LEFT JOIN quotes q
  ON q.quote_ts = (SELECT MAX(q2.quote_ts) FROM quotes q2
                   WHERE q2.symbol = t.symbol AND q2.quote_ts <= t.trade_ts);
