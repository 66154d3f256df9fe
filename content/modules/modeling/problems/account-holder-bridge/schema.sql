-- The target: a bridge between bank accounts and their holders (many-to-many).
CREATE TABLE bridge_account_holder (
  account_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('primary', 'joint')),
  as_of       TEXT NOT NULL,
  PRIMARY KEY (account_id, customer_id)
);

-- The incoming batch, refilled before every run: the extract's date (one row)...
CREATE TABLE stg_extract (
  one_row INTEGER PRIMARY KEY DEFAULT 1 CHECK (one_row = 1),
  as_of   TEXT NOT NULL
);

-- ...and the complete holder list of each account the extract mentions.
CREATE TABLE stg_account_holder (
  account_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('primary', 'joint')),
  PRIMARY KEY (account_id, customer_id)
);
