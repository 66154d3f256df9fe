-- One row per batch: batch_id, rows_so_far, restaurant_state, customer_state.
SELECT batch_id, 0 AS rows_so_far, 0 AS restaurant_state, 0 AS customer_state
FROM batches
ORDER BY batch_id;
