INSERT INTO transitions (from_state, to_state) VALUES
  ('NEW', 'PAID'), ('NEW', 'CANCELLED'),
  ('PAID', 'SHIPPED'), ('PAID', 'CANCELLED'),
  ('SHIPPED', 'DELIVERED');
-- Orders already in progress before this run of the job.
INSERT INTO orders (order_id, state, last_seq) VALUES
  (10, 'PAID', 4),
  (11, 'CANCELLED', 2),
  (12, 'NEW', 1);
INSERT INTO dead_letters (order_id, event_seq, from_state, to_state, reason) VALUES
  (12, 1, 'NEW', 'DELIVERED', 'NOT_ALLOWED');
