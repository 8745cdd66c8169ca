SELECT coalesce(max(version), 0) + 1 FROM documents WHERE source = $source;
