-- An empty micro-batch: nothing changes.
SELECT 1;
