-- The walk starts from each order's stored state (a row at "step 0") and moves to the next new
-- event with a correlated MIN(event_seq) instead of numbered rows; the transition test is a LEFT
-- JOIN to transitions; orders are written with INSERT OR REPLACE instead of an upsert.
CREATE TEMP TABLE steps AS
WITH RECURSIVE walk(order_id, event_seq, to_state, state_before, state_after) AS (
  SELECT k.order_id, COALESCE(o.last_seq, 0), NULL, NULL, COALESCE(o.state, 'NEW')
  FROM (SELECT DISTINCT order_id FROM order_events) AS k
  LEFT JOIN orders AS o ON o.order_id = k.order_id
  UNION ALL
  SELECT e.order_id, e.event_seq, e.to_state, w.state_after,
         CASE WHEN t.from_state IS NOT NULL THEN e.to_state ELSE w.state_after END
  FROM walk AS w
  JOIN order_events AS e
    ON e.order_id = w.order_id
   AND e.event_seq = (SELECT MIN(x.event_seq) FROM order_events AS x
                       WHERE x.order_id = w.order_id AND x.event_seq > w.event_seq)
  LEFT JOIN transitions AS t ON t.from_state = w.state_after AND t.to_state = e.to_state
)
SELECT * FROM walk WHERE to_state IS NOT NULL;

INSERT INTO dead_letters (order_id, event_seq, from_state, to_state, reason)
SELECT s.order_id, s.event_seq, s.state_before, s.to_state,
       CASE WHEN NOT EXISTS (SELECT 1 FROM transitions AS t WHERE t.from_state = s.state_before)
            THEN 'FINAL' ELSE 'NOT_ALLOWED' END
FROM steps AS s
WHERE NOT EXISTS (SELECT 1 FROM transitions AS t
                   WHERE t.from_state = s.state_before AND t.to_state = s.to_state);

INSERT OR REPLACE INTO orders (order_id, state, last_seq)
SELECT s.order_id, s.state_after, s.event_seq
FROM steps AS s
WHERE s.event_seq = (SELECT MAX(x.event_seq) FROM steps AS x WHERE x.order_id = s.order_id);
