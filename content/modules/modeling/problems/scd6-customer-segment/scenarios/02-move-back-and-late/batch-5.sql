-- 7 moves a third time: all four of its rows now carry current_segment 'bronze'.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (7, 'bronze', '2024-04-01');
