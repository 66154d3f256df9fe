-- Joins each trade to the quote at the latest qualifying quote_ts with an inner join: a trade with
-- no quote before it (or a symbol never quoted) disappears instead of getting a NULL price.
SELECT t.trade_id, q.price_cents
FROM trades t
JOIN quotes q
  ON q.symbol = t.symbol
 AND q.quote_ts = (SELECT MAX(q2.quote_ts) FROM quotes q2
                   WHERE q2.symbol = t.symbol AND q2.quote_ts <= t.trade_ts);
