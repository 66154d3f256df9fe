-- Keys with a gap; customer 7 is already an inferred member with one order.
INSERT INTO dim_customer (customer_key, customer_id, name, segment, is_inferred) VALUES
  (10, 5, 'Eve',  'retail', 0),
  (11, 7, NULL,   NULL,     1);
INSERT INTO fact_orders (order_id, customer_key, amount_cents) VALUES
  (1, 11, 300);
