-- Forgets to match the symbol: takes the newest quote before the trade whatever its symbol, so
-- another symbol's quote wins whenever it is more recent.
SELECT t.trade_id,
       (SELECT q.price_cents FROM quotes q
        WHERE q.quote_ts <= t.trade_ts
        ORDER BY q.quote_ts DESC LIMIT 1) AS price_cents
FROM trades t;
