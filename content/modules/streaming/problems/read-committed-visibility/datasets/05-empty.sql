-- An empty partition.
SELECT 1;
