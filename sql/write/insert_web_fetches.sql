-- web_fetch_rows is a DataFrame the caller registers (dagster_project/web/poll.py).
INSERT INTO web_fetches BY NAME SELECT * FROM web_fetch_rows;
