-- Computes each touched window's final row in one query (ROW_NUMBER picks one copy per emission and
-- the newest pane per window; a LEFT JOIN brings the current row) and writes it with INSERT OR
-- REPLACE; the ids are recorded with INSERT OR IGNORE.
WITH fresh AS (
  SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.emission_id) AS copy_no
  FROM panes AS p
  WHERE NOT EXISTS (SELECT 1 FROM applied_emissions AS a WHERE a.emission_id = p.emission_id)
),
f AS (SELECT * FROM fresh WHERE copy_no = 1),
agg AS (
  SELECT title_id, window_start, MIN(mode) AS mode, MAX(emitted_seq) AS max_seq, SUM(value) AS delta
  FROM f GROUP BY title_id, window_start
),
newest AS (
  SELECT title_id, window_start, value
  FROM (SELECT title_id, window_start, value,
               ROW_NUMBER() OVER (PARTITION BY title_id, window_start ORDER BY emitted_seq DESC) AS r
        FROM f)
  WHERE r = 1
)
INSERT OR REPLACE INTO window_totals (title_id, window_start, total, last_seq)
SELECT a.title_id, a.window_start,
       CASE
         WHEN a.mode = 'DISC' THEN COALESCE(w.total, 0) + a.delta
         WHEN w.last_seq IS NULL OR a.max_seq > w.last_seq THEN nw.value
         ELSE w.total
       END,
       MAX(a.max_seq, COALESCE(w.last_seq, 0))
FROM agg AS a
JOIN newest AS nw ON nw.title_id = a.title_id AND nw.window_start = a.window_start
LEFT JOIN window_totals AS w ON w.title_id = a.title_id AND w.window_start = a.window_start;

INSERT OR IGNORE INTO applied_emissions (emission_id)
SELECT emission_id FROM panes;
