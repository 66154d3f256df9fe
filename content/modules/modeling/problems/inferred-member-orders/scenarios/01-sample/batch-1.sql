-- Customer 102 orders before the CRM has sent it: it becomes an inferred member.
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (9001, 101, 4000),
  (9002, 102, 1200);
