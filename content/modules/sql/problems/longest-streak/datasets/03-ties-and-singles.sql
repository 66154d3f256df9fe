-- Ties between runs of equal length (the earliest wins; the later run is inserted first): user 20
-- has two 3-day runs, user 22 only single days. User 21 logged in once. User 23 logs in three
-- times on one isolated day, while its longest run is two days later on. Users share dates, so
-- numbering rows across users instead of per user breaks the runs.
INSERT INTO logins VALUES
  (20, '2024-06-20 09:00:00'),
  (20, '2024-06-21 09:00:00'),
  (20, '2024-06-22 09:00:00'),
  (22, '2024-06-05 11:00:00'),
  (23, '2024-06-01 08:00:00'),
  (23, '2024-06-01 12:00:00'),
  (23, '2024-06-01 18:00:00'),
  (20, '2024-06-10 09:00:00'),
  (22, '2024-06-03 11:00:00'),
  (20, '2024-06-11 09:00:00'),
  (23, '2024-06-03 08:00:00'),
  (20, '2024-06-12 09:00:00'),
  (23, '2024-06-04 08:00:00'),
  (22, '2024-06-07 11:00:00'),
  (20, '2024-05-01 09:00:00'),
  (20, '2024-05-02 09:00:00'),
  (21, '2024-06-15 23:59:59');
