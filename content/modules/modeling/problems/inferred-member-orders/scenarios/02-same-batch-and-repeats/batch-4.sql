-- 6 is still unknown and orders again (no second inferred member); 12 is new and unknown.
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (6, 6, 50),
  (7, 12, 60);
