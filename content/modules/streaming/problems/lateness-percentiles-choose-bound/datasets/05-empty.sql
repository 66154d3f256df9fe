-- No events yet: every target still gets its row, with no percentile and no bound.
INSERT INTO targets (coverage_permille) VALUES (500), (990);
