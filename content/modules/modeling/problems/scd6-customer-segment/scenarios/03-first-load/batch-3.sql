-- 30 moves again and 31 moves for the first time.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (30, 'gold',   '2024-07-15'),
  (31, 'silver', '2024-07-15');
