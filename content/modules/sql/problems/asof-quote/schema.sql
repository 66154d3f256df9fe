CREATE TABLE trades (
  trade_id INTEGER PRIMARY KEY,
  symbol   TEXT NOT NULL,
  trade_ts TEXT NOT NULL,
  qty      INTEGER NOT NULL
);

CREATE TABLE quotes (
  symbol      TEXT NOT NULL,
  quote_ts    TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  UNIQUE (symbol, quote_ts)
);
