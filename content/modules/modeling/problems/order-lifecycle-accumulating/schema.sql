-- The target: an accumulating snapshot fact, one row per order, milestones filled as they happen.
CREATE TABLE fact_order_lifecycle (
  order_id        INTEGER PRIMARY KEY,
  placed_at       TEXT,
  shipped_at      TEXT,
  delivered_at    TEXT,
  status          TEXT NOT NULL CHECK (status IN ('placed', 'shipped', 'delivered')),
  days_to_deliver INTEGER
);

-- The incoming batch: milestone events, refilled before every run.
CREATE TABLE stg_order_event (
  event_id  INTEGER PRIMARY KEY,
  order_id  INTEGER NOT NULL,
  milestone TEXT NOT NULL CHECK (milestone IN ('placed', 'shipped', 'delivered')),
  event_at  TEXT NOT NULL
);
