-- The CRM sends 102 (the inferred member is filled in place) and a new customer 103, who orders.
INSERT INTO stg_customer (customer_id, name, segment) VALUES
  (102, 'Cleo', 'retail'),
  (103, 'Dana', 'business');
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (9003, 103, 9900),
  (9004, 102, 700);
