-- 1 moves up to silver (both of its older rows now say current_segment 'silver'); 2 unchanged; 3 new.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (1, 'silver', '2024-04-01'),
  (2, 'silver', '2024-04-01'),
  (3, 'gold',   '2024-04-01');
