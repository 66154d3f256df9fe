-- For each trade, look up the newest quote of its symbol at or before the trade. A scalar subquery
-- returns NULL when nothing qualifies, so every trade stays in the result.
SELECT t.trade_id,
       (SELECT q.price_cents
        FROM quotes q
        WHERE q.symbol = t.symbol
          AND q.quote_ts <= t.trade_ts
        ORDER BY q.quote_ts DESC
        LIMIT 1) AS price_cents
FROM trades t;
