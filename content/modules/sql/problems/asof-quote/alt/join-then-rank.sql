-- Join every trade to all the quotes of its symbol known by then (an outer join, so a trade
-- with none keeps one row with a NULL price), rank those quotes newest first per trade, and
-- keep the first.
WITH candidates AS (
  SELECT t.trade_id,
         q.price_cents,
         ROW_NUMBER() OVER (PARTITION BY t.trade_id ORDER BY q.quote_ts DESC) AS newest_first
  FROM trades AS t
  LEFT JOIN quotes AS q
    ON q.symbol = t.symbol
   AND q.quote_ts <= t.trade_ts
)
SELECT trade_id, price_cents
FROM candidates
WHERE newest_first = 1;
