-- The target: a bridge between bank accounts and their holders (many-to-many).
CREATE TABLE bridge_account_holder (
  account_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('primary', 'joint')),
  as_of       TEXT NOT NULL,
  PRIMARY KEY (account_id, customer_id)
);

-- The incoming batch: the complete holder list of each account it mentions, refilled before every run.
CREATE TABLE stg_account_holder (
  account_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('primary', 'joint')),
  as_of       TEXT NOT NULL,
  PRIMARY KEY (account_id, customer_id)
);
