-- One-second and seven-second gaps (fractional-day arithmetic rounds them down); same-second
-- stamps in different formats (no anomaly, although 'T' sorts after ' '); a processor that handled
-- an event before the broker's stamp (an anomaly on the server side).
INSERT INTO events VALUES
  (10, '2024-01-01T10:00:00Z', '2024-01-01 10:00:01', '2024-01-01 10:00:08'),
  (11, '2024-01-01T10:00:05Z', '2024-01-01 10:00:05', '2024-01-01 10:00:05'),
  (12, '2024-01-01T10:00:00Z', '2024-01-01 10:00:03', '2024-01-01 10:00:02'),
  (13, '2024-01-01T09:59:59Z', '2024-01-01 10:00:00', '2024-01-01 10:00:00');
