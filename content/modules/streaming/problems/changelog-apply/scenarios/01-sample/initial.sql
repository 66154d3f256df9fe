INSERT INTO changelog_progress (id, last_seq) VALUES (1, 0);
