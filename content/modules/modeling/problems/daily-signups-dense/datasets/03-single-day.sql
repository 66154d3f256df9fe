-- All signups on one day: the series is that one day.
INSERT INTO signups VALUES
  (20, '2024-12-31 00:00:00'),
  (21, '2024-12-31 13:30:00');
