-- Never checks applied_emissions: a redelivered discarding pane is added a second time.
-- New emissions only, one row each.
CREATE TEMP TABLE new_panes AS
SELECT DISTINCT emission_id, title_id, window_start, mode, value, emitted_seq
FROM panes
;

-- ACC: the newest new pane per window replaces the total only if it is newer than what the sink has.
INSERT INTO window_totals (title_id, window_start, total, last_seq)
SELECT n.title_id, n.window_start, n.value, n.emitted_seq
FROM new_panes AS n
WHERE n.mode = 'ACC'
  AND n.emitted_seq = (SELECT MAX(m.emitted_seq) FROM new_panes AS m
                        WHERE m.title_id = n.title_id AND m.window_start = n.window_start)
ON CONFLICT (title_id, window_start) DO UPDATE SET
  total    = CASE WHEN excluded.last_seq > window_totals.last_seq
                  THEN excluded.total ELSE window_totals.total END,
  last_seq = MAX(window_totals.last_seq, excluded.last_seq);

-- DISC: every new pane adds its delta.
INSERT INTO window_totals (title_id, window_start, total, last_seq)
SELECT title_id, window_start, SUM(value), MAX(emitted_seq)
FROM new_panes
WHERE mode = 'DISC'
GROUP BY title_id, window_start
ON CONFLICT (title_id, window_start) DO UPDATE SET
  total    = window_totals.total + excluded.total,
  last_seq = MAX(window_totals.last_seq, excluded.last_seq);

INSERT OR IGNORE INTO applied_emissions (emission_id)
SELECT DISTINCT emission_id FROM new_panes;
