-- What the report was drawn from: document count, newest published date, observation count.
SELECT
    (SELECT count(*) FROM documents)            AS documents,
    (SELECT max(published_date) FROM documents) AS newest_published,
    (SELECT count(*) FROM observations)         AS observations
