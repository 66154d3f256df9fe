-- The query ran three times and received nothing: every count is 0.
INSERT INTO batches VALUES (1), (2), (3);
