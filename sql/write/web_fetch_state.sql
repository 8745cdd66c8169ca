-- What the next poll needs per URL: the newest good fetch's validators and stored body.
SELECT url, etag, last_modified, sha256, content_type
FROM web_fetches
WHERE http_status IN (200, 304) AND sha256 IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1;
