-- The words of a search as a full-text query whose last word may be a prefix, so "moon" finds
-- "Moonlit" as it is typed. NULL when the search has no words (punctuation only).
CREATE FUNCTION search_words(query text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN numnode(words) = 0 THEN NULL ELSE (words::text || ':*')::tsquery END
    FROM plainto_tsquery('simple', search_key(query)) AS words
  $$;
