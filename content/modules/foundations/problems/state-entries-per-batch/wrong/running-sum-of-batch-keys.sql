-- Mistake: adds up each batch's distinct keys, so a key that comes back in a later batch is
-- counted once per batch instead of once.
WITH per_batch AS (
  SELECT b.batch_id,
         (SELECT COUNT(*) FROM stream_events AS e WHERE e.batch_id = b.batch_id) AS n,
         (SELECT COUNT(*) FROM (SELECT DISTINCT restaurant_id FROM stream_events AS e
                                WHERE e.batch_id = b.batch_id)) AS r,
         (SELECT COUNT(*) FROM (SELECT DISTINCT customer_id FROM stream_events AS e
                                WHERE e.batch_id = b.batch_id)) AS c
  FROM batches AS b
)
SELECT batch_id,
       SUM(n) OVER (ORDER BY batch_id),
       SUM(r) OVER (ORDER BY batch_id),
       SUM(c) OVER (ORDER BY batch_id)
FROM per_batch
ORDER BY batch_id;
