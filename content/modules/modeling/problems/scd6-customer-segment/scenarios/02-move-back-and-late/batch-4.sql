-- Late scores from February: 7 and 8 changed on 2024-03-01, so these are old news for them (the
-- current_segment must not take the late value either); 10 is new, scored late all the same.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (7, 'bronze', '2024-02-15'),
  (8, 'bronze', '2024-02-15'),
  (10, 'bronze','2024-02-15');
