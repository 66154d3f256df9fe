-- Mistake: counts the keys of each batch on its own. State is cumulative: a key seen in an
-- earlier batch keeps its accumulator even when the current batch does not mention it.
SELECT b.batch_id,
       (SELECT COUNT(*) FROM stream_events AS e WHERE e.batch_id <= b.batch_id),
       (SELECT COUNT(*) FROM (SELECT DISTINCT restaurant_id FROM stream_events AS e
                              WHERE e.batch_id = b.batch_id)),
       (SELECT COUNT(*) FROM (SELECT DISTINCT customer_id FROM stream_events AS e
                              WHERE e.batch_id = b.batch_id))
FROM batches AS b
ORDER BY b.batch_id;
