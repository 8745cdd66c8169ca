INSERT INTO documents (document_id, briefing_key, source, content_hash, version, title, event_date,
    published_date, period_start, period_end, language, warnings, extractor_version, ingested_at, text)
VALUES ($document_id, $briefing_key, $source, $content_hash, $version, $title, $event_date,
    $published_date, $period_start, $period_end, $language, $warnings, $extractor_version,
    $ingested_at, $text);
