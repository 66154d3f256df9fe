-- Keeps only each order's latest new event of the batch and checks that one against the current
-- state: an order that changes twice in one batch (PAID, then SHIPPED) has its second move judged
-- from the old state, and the first one is lost.
CREATE TEMP TABLE latest AS
SELECT e.order_id, e.event_seq, e.to_state, COALESCE(o.state, 'NEW') AS current_state
FROM order_events AS e
LEFT JOIN orders AS o ON o.order_id = e.order_id
WHERE e.event_seq > COALESCE(o.last_seq, 0)
  AND e.event_seq = (SELECT MAX(x.event_seq) FROM order_events AS x WHERE x.order_id = e.order_id);

INSERT INTO dead_letters (order_id, event_seq, from_state, to_state, reason)
SELECT order_id, event_seq, current_state, to_state,
       CASE WHEN EXISTS (SELECT 1 FROM transitions AS t WHERE t.from_state = current_state)
            THEN 'NOT_ALLOWED' ELSE 'FINAL' END
FROM latest AS l
WHERE NOT EXISTS (SELECT 1 FROM transitions AS t
                   WHERE t.from_state = l.current_state AND t.to_state = l.to_state);

INSERT INTO orders (order_id, state, last_seq)
SELECT order_id,
       CASE WHEN EXISTS (SELECT 1 FROM transitions AS t
                          WHERE t.from_state = l.current_state AND t.to_state = l.to_state)
            THEN to_state ELSE current_state END,
       event_seq
FROM latest AS l
WHERE true
ON CONFLICT (order_id) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq;
