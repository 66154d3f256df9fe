-- 7 moves back to gold (a segment in its history); 8 moves; 'Gold' is not 'gold' for 9.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (7, 'gold',   '2024-03-01'),
  (8, 'silver', '2024-03-01'),
  (9, 'Gold',   '2024-03-01');
