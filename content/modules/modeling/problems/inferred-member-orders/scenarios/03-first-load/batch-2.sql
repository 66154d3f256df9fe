-- 40 arrives; 10 is still late; 50 is new with no order.
INSERT INTO stg_customer (customer_id, name, segment) VALUES
  (50, 'Kai', 'business'),
  (40, 'Lea', 'business');
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (104, 10, 500);
