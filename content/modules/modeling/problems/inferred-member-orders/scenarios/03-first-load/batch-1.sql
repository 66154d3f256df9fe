-- Empty dimension: the CRM sends 30 and 20, the shop sends orders for 10 (twice), 20 and 40.
INSERT INTO stg_customer (customer_id, name, segment) VALUES
  (30, 'Ivo',  'retail'),
  (20, 'Jun',  'retail');
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (100, 40, 1000),
  (101, 20, 2000),
  (102, 10, 3000),
  (103, 10, 4000);
