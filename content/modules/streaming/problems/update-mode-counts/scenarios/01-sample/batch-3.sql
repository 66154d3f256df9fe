-- An empty micro-batch.
SELECT 1;
