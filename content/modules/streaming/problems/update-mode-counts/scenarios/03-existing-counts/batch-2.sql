INSERT INTO events VALUES (41, 's1', 'old'), (41, 's2', 'new'), (41, 's3', 'old');
