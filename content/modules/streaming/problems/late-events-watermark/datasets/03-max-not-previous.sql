-- The watermark follows the greatest event time seen, not the previous arrival: 23:52:30 arrives
-- right after 23:54:00 but 00:03:00 was seen earlier, so it is dropped; 23:56:00 arrives right
-- after 23:57:00 but 00:06:30 was seen, so it is dropped too. 23:56:00 is behind the watermark
-- (23:56:30) although its window [23:55, 00:00) ends after it: lateness is judged on the event
-- time. Windows cross midnight; arrival_seq has gaps (10, 20, ...) and event_ids are shuffled.
INSERT INTO events VALUES
  (31, 40, '2024-06-02 23:52:30'),
  (32, 10, '2024-06-02 23:52:00'),
  (33, 70, '2024-06-02 23:57:00'),
  (34, 20, '2024-06-03 00:03:00'),
  (35, 50, '2024-06-02 23:58:30'),
  (36, 30, '2024-06-02 23:54:00'),
  (37, 80, '2024-06-02 23:56:00'),
  (38, 60, '2024-06-03 00:06:30');
