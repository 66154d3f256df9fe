-- Half- and quarter-hour offsets: UTC+05:30 and UTC+05:45. 18:40 UTC is 00:10 local (+330) — whole
-- hours only would keep it on the old day. 18:15 UTC at +345 is exactly local midnight. A sale at
-- 20:00 UTC on 31 December at +330 belongs to 1 January of the next year.
INSERT INTO stores VALUES (4, 330), (5, 345);
INSERT INTO sales VALUES
  (20, 4, '2024-06-10 18:40:00', 1000),
  (21, 4, '2024-06-10 18:20:00', 2000),
  (22, 5, '2024-06-10 18:15:00', 3000),
  (23, 5, '2024-06-10 18:14:59', 4000),
  (24, 4, '2024-12-31 20:00:00', 5000);
