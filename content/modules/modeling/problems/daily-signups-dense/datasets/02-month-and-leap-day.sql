-- A gap across the end of February in a leap year (28 Feb, 29 Feb, 1 Mar ...), the last day with
-- a single signup just before midnight, and a two-day run of quiet days at the start of March.
INSERT INTO signups VALUES
  (10, '2024-02-27 10:00:00'),
  (11, '2024-02-27 11:00:00'),
  (12, '2024-02-27 12:00:00'),
  (13, '2024-03-03 00:00:00'),
  (14, '2024-03-04 23:59:59');
