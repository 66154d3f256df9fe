-- The sample: user 1 logs in twice on one day and has runs of 3 and 2 days; user 2 has a 3-day
-- run whose logins are 38 hours apart at one point; user 3 logged in once.
INSERT INTO logins VALUES
  (1, '2024-03-01 08:00:00'),
  (1, '2024-03-01 19:30:00'),
  (1, '2024-03-02 07:45:00'),
  (2, '2024-03-02 06:00:00'),
  (1, '2024-03-03 12:00:00'),
  (2, '2024-03-03 20:00:00'),
  (2, '2024-03-04 09:15:00'),
  (1, '2024-03-05 09:00:00'),
  (1, '2024-03-06 09:00:00'),
  (3, '2024-03-07 10:00:00');
