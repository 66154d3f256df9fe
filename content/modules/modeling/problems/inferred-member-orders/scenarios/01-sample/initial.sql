-- Two known customers and one order.
INSERT INTO dim_customer (customer_key, customer_id, name, segment, is_inferred) VALUES
  (1, 100, 'Ada',  'retail',   0),
  (2, 101, 'Bram', 'business', 0);
INSERT INTO fact_orders (order_id, customer_key, amount_cents) VALUES
  (9000, 1, 2500);
