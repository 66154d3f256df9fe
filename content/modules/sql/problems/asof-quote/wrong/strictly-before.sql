-- Uses quote_ts < trade_ts. A quote published at exactly the trade's time is already known then
-- and is the one that counts.
SELECT t.trade_id,
       (SELECT q.price_cents FROM quotes q
        WHERE q.symbol = t.symbol AND q.quote_ts < t.trade_ts
        ORDER BY q.quote_ts DESC LIMIT 1) AS price_cents
FROM trades t;
