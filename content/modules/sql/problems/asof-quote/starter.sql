-- For every trade: the price of the latest quote of the same symbol at or before the trade
-- (quote_ts <= trade_ts), NULL when there is none.
-- Columns: trade_id, price_cents
SELECT t.trade_id,
       (SELECT q.price_cents FROM quotes q WHERE q.symbol = t.symbol LIMIT 1) AS price_cents
FROM trades t;
