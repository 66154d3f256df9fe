-- Empty first batch.
SELECT 1;
