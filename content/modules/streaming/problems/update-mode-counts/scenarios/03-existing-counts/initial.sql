-- Counts carried over from batches 1-40.
INSERT INTO user_counts VALUES ('old', 100, 38), ('mid', 7, 40);
INSERT INTO committed_batches VALUES (39), (40);
