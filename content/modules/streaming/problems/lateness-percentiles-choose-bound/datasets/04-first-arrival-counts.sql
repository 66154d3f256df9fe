-- Two arrivals: the first has nothing before it (lateness 0, still one of the n = 2), the second
-- trails it by 10 s. At 500 permille the rank is 1, so the percentile is 0 and the bound 1 s.
INSERT INTO events (event_id, arrival_seq, event_ts, ingest_ts) VALUES
  (1, 1, '2024-06-02 10:00:10', '2024-06-02 10:00:10'),
  (2, 2, '2024-06-02 10:00:00', '2024-06-02 10:00:11');
INSERT INTO targets (coverage_permille) VALUES (500), (1000);
