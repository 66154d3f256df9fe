-- The sample: three customers, one with a tie on updated_at (the greater update_id wins), and
-- update 7, uploaded late: the greatest id of customer 10, but not its latest edit.
INSERT INTO customer_updates VALUES
  (1, 10, 'ana@old.example',  '555-0100', '2024-03-01 09:00:00'),
  (2, 11, 'ben@example.com',  NULL,       '2024-03-01 10:30:00'),
  (3, 10, 'ana@new.example',  '555-0100', '2024-03-02 08:15:00'),
  (4, 12, 'cy@example.com',   '555-0199', '2024-03-02 12:00:00'),
  (5, 12, 'cy@work.example',  '555-0199', '2024-03-02 12:00:00'),
  (6, 11, 'ben@example.com',  '555-0142', '2024-03-03 07:45:00'),
  (7, 10, 'ana@offline.example', '555-0101', '2024-03-01 23:10:00');
