-- Checks each event against the previous event's to_state (LAG) instead of the state the order
-- really has: after a rejected event, the next one is judged against a status the order never
-- reached. No recursion, so no carried state.
CREATE TEMP TABLE judged AS
SELECT e.order_id, e.event_seq, e.to_state,
       COALESCE(LAG(e.to_state) OVER (PARTITION BY e.order_id ORDER BY e.event_seq),
                COALESCE(o.state, 'NEW')) AS checked_against
FROM order_events AS e
LEFT JOIN orders AS o ON o.order_id = e.order_id
WHERE e.event_seq > COALESCE(o.last_seq, 0);

INSERT INTO dead_letters (order_id, event_seq, from_state, to_state, reason)
SELECT order_id, event_seq, checked_against, to_state,
       CASE WHEN EXISTS (SELECT 1 FROM transitions AS t WHERE t.from_state = checked_against)
            THEN 'NOT_ALLOWED' ELSE 'FINAL' END
FROM judged AS j
WHERE NOT EXISTS (SELECT 1 FROM transitions AS t
                   WHERE t.from_state = j.checked_against AND t.to_state = j.to_state);

-- The final state: the last allowed event's to_state, or the stored state.
INSERT INTO orders (order_id, state, last_seq)
SELECT k.order_id,
       COALESCE((SELECT j.to_state FROM judged AS j
                  WHERE j.order_id = k.order_id
                    AND EXISTS (SELECT 1 FROM transitions AS t
                                 WHERE t.from_state = j.checked_against AND t.to_state = j.to_state)
                  ORDER BY j.event_seq DESC LIMIT 1),
                (SELECT o.state FROM orders AS o WHERE o.order_id = k.order_id), 'NEW'),
       (SELECT MAX(j.event_seq) FROM judged AS j WHERE j.order_id = k.order_id)
FROM (SELECT DISTINCT order_id FROM judged) AS k
WHERE true
ON CONFLICT (order_id) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq;
