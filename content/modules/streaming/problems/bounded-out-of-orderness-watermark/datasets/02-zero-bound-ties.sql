-- Bound 0: the watermark is the greatest event time seen before. A record with the same event time
-- as that maximum is late (event_ts <= watermark); the record that set the maximum is not, since
-- its own time does not count towards the watermark it meets. Arrival numbers have gaps.
INSERT INTO params VALUES (1, 0);
INSERT INTO arrivals VALUES
  (10, 'a', '2024-06-01 08:00:00'),
  (20, 'b', '2024-06-01 08:00:00'),
  (30, 'c', '2024-06-01 08:00:30'),
  (40, 'd', '2024-06-01 08:00:29'),
  (50, 'e', '2024-06-01 08:00:31'),
  (60, 'f', '2024-06-01 08:00:31'),
  (70, 'g', '2024-06-01 08:01:00');
