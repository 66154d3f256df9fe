-- Turns quotes into validity intervals [quote_ts, next quote_ts] and joins with BETWEEN. BETWEEN
-- includes both ends, so a trade at exactly the next quote's time matches two intervals (two
-- rows); and the last quote's interval has a NULL end, so trades after it get no price.
WITH intervals AS (
  SELECT symbol, quote_ts, price_cents,
         LEAD(quote_ts) OVER (PARTITION BY symbol ORDER BY quote_ts) AS next_ts
  FROM quotes
)
SELECT t.trade_id, i.price_cents
FROM trades t
LEFT JOIN intervals i
  ON i.symbol = t.symbol
 AND t.trade_ts BETWEEN i.quote_ts AND i.next_ts;
