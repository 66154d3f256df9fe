-- Fold the new panes into window_totals and record them in applied_emissions.
-- This starter treats every pane as a replacement and never records anything.
INSERT INTO window_totals (title_id, window_start, total, last_seq)
SELECT title_id, window_start, value, emitted_seq
FROM panes
WHERE true
ON CONFLICT (title_id, window_start) DO UPDATE SET
  total = excluded.total, last_seq = excluded.last_seq;
