-- Calls a rejection 'FINAL' when the REQUESTED status is final, instead of when the order's
-- current status is: the reason must say that the order can no longer move.
-- 1. The new events (above the order's last_seq), numbered per order in event_seq order.
CREATE TEMP TABLE new_events AS
SELECT e.order_id, e.event_seq, e.to_state,
       COALESCE(o.state, 'NEW') AS start_state,
       ROW_NUMBER() OVER (PARTITION BY e.order_id ORDER BY e.event_seq) AS rn
FROM order_events AS e
LEFT JOIN orders AS o ON o.order_id = e.order_id
WHERE e.event_seq > COALESCE(o.last_seq, 0);

-- 2. Walk them one at a time, carrying the state each event is checked against. A rejected event
--    leaves the state as it was.
CREATE TEMP TABLE walked AS
WITH RECURSIVE walk(order_id, rn, event_seq, to_state, current_state) AS (
  SELECT order_id, rn, event_seq, to_state, start_state FROM new_events WHERE rn = 1
  UNION ALL
  SELECT n.order_id, n.rn, n.event_seq, n.to_state,
         CASE WHEN EXISTS (SELECT 1 FROM transitions AS t
                            WHERE t.from_state = w.current_state AND t.to_state = w.to_state)
              THEN w.to_state ELSE w.current_state END
  FROM walk AS w
  JOIN new_events AS n ON n.order_id = w.order_id AND n.rn = w.rn + 1
)
SELECT w.*,
       EXISTS (SELECT 1 FROM transitions AS t
                WHERE t.from_state = w.current_state AND t.to_state = w.to_state) AS allowed
FROM walk AS w;

-- 3. Rejected events go to the dead-letter table, with the state they were checked against.
INSERT INTO dead_letters (order_id, event_seq, from_state, to_state, reason)
SELECT order_id, event_seq, current_state, to_state,
       CASE WHEN EXISTS (SELECT 1 FROM transitions AS t WHERE t.from_state = walked.to_state)
            THEN 'NOT_ALLOWED' ELSE 'FINAL' END
FROM walked
WHERE NOT allowed;

-- 4. Each order's state after its last new event, and how far it has processed.
INSERT INTO orders (order_id, state, last_seq)
SELECT order_id,
       CASE WHEN allowed THEN to_state ELSE current_state END,
       event_seq
FROM walked AS w
WHERE rn = (SELECT MAX(rn) FROM walked AS x WHERE x.order_id = w.order_id)
ON CONFLICT (order_id) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq;
