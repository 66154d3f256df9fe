CREATE TABLE channel_input (
  arrival_seq   INTEGER PRIMARY KEY,
  channel       TEXT NOT NULL CHECK (channel IN ('A', 'B')),
  kind          TEXT NOT NULL CHECK (kind IN ('record', 'barrier')),
  checkpoint_id INTEGER CHECK (checkpoint_id >= 1),
  amount        INTEGER,
  -- A record carries an amount and no checkpoint id; a barrier the other way round.
  CHECK ((kind = 'record' AND amount IS NOT NULL AND checkpoint_id IS NULL)
      OR (kind = 'barrier' AND amount IS NULL AND checkpoint_id IS NOT NULL)),
  -- Each checkpoint's barrier comes at most once down each channel.
  UNIQUE (channel, checkpoint_id)
);
