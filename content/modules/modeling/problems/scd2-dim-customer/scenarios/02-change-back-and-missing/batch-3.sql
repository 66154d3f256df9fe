-- 1 moves back to Oslo; 3 reappears unchanged (no new version); 2 is missing; 4 is new.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (1, 'Oslo',   '2024-05-03'),
  (3, 'Tromso', '2024-05-03'),
  (4, 'Oslo',   '2024-05-03');
