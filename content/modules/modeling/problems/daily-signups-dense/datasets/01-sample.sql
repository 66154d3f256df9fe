-- The sample: signups on 1, 2 and 5 May. The 3rd and 4th must appear with 0, and the running
-- total stays flat across them.
INSERT INTO signups VALUES
  (1, '2024-05-01 08:00:00'),
  (2, '2024-05-01 21:15:00'),
  (3, '2024-05-02 12:00:00'),
  (4, '2024-05-05 23:59:59');
