CREATE TABLE trades (
  trade_id INTEGER PRIMARY KEY,
  symbol   TEXT NOT NULL,
  trade_ts TEXT NOT NULL CHECK (trade_ts IS datetime(trade_ts)),
  qty      INTEGER NOT NULL
);

CREATE TABLE quotes (
  symbol      TEXT NOT NULL,
  quote_ts    TEXT NOT NULL CHECK (quote_ts IS datetime(quote_ts)),
  price_cents INTEGER NOT NULL,
  UNIQUE (symbol, quote_ts)
);
