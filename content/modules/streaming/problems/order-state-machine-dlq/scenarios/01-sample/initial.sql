-- NEW -> PAID -> SHIPPED -> DELIVERED; NEW or PAID -> CANCELLED. DELIVERED and CANCELLED are
-- final. No order has been seen yet.
INSERT INTO transitions (from_state, to_state) VALUES
  ('NEW', 'PAID'), ('NEW', 'CANCELLED'),
  ('PAID', 'SHIPPED'), ('PAID', 'CANCELLED'),
  ('SHIPPED', 'DELIVERED');
