INSERT INTO transitions (from_state, to_state) VALUES
  ('NEW', 'PAID'), ('NEW', 'CANCELLED'),
  ('PAID', 'SHIPPED'), ('PAID', 'CANCELLED'),
  ('SHIPPED', 'DELIVERED');
