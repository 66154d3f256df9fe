-- e5 and e6 arrived late and are missing from gold. (10:00, T2) = 5 and (10:10, T1) = 7 disagree
-- with silver on purpose: no late event touches them, so they must stay for the audit.
INSERT INTO silver_events (event_id, event_ts, title_id) VALUES
  ('e1', '2024-05-01 10:01:00', 'T1'),
  ('e2', '2024-05-01 10:03:00', 'T1'),
  ('e3', '2024-05-01 10:04:00', 'T2'),
  ('e4', '2024-05-01 10:07:00', 'T1'),
  ('e5', '2024-05-01 10:02:00', 'T1'),
  ('e6', '2024-05-01 10:08:00', 'T2');
INSERT INTO gold_window_counts (window_start, title_id, plays) VALUES
  ('2024-05-01 10:00:00', 'T1', 2),
  ('2024-05-01 10:00:00', 'T2', 5),
  ('2024-05-01 10:05:00', 'T1', 1),
  ('2024-05-01 10:10:00', 'T1', 7);
