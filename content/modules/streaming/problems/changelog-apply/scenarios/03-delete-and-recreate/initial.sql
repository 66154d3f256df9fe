INSERT INTO changelog_progress (id, last_seq) VALUES (1, 200);
INSERT INTO result (country, plays) VALUES ('SE', 40);
