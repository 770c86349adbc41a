-- Text is stored with LF line endings only (lib/forms/text.ts normalises every submitted field).
-- Rows saved before that keep a browser's CRLF, or a lone CR: rewrite them, and the same text inside
-- submissions' and revisions' values, so that comparing a stored value with a new edit never sees a
-- change of line endings alone. Single-line fields never held a line break from a form.
CREATE FUNCTION "keyframe_lf_text"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(value, E'\r\n?', E'\n', 'g')
$$;

CREATE FUNCTION "keyframe_lf_json"(value jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN CASE jsonb_typeof(value)
    WHEN 'string' THEN to_jsonb("keyframe_lf_text"(value #>> '{}'))
    WHEN 'array' THEN (
      SELECT coalesce(jsonb_agg("keyframe_lf_json"(element) ORDER BY position), '[]'::jsonb)
      FROM jsonb_array_elements(value) WITH ORDINALITY AS elements(element, position)
    )
    WHEN 'object' THEN (
      SELECT coalesce(jsonb_object_agg(key, "keyframe_lf_json"(field)), '{}'::jsonb)
      FROM jsonb_each(value) AS fields(key, field)
    )
    ELSE value
  END;
END
$$;

DO $$
DECLARE
  target text[];
BEGIN
  FOREACH target SLICE 1 IN ARRAY ARRAY[
    ['Film', 'deck'], ['Film', 'description'], ['Segment', 'synopsis'],
    ['Person', 'deck'], ['Person', 'bio'], ['Character', 'deck'], ['Character', 'description'],
    ['Credit', 'note'], ['VoiceCredit', 'note'],
    ['Genre', 'description'], ['Theme', 'description'], ['Concept', 'description'], ['Franchise', 'description'],
    ['Image', 'caption'], ['List', 'description'], ['ListItem', 'note'],
    ['Submission', 'summary'], ['Submission', 'source'], ['Submission', 'reviewReason'], ['Revision', 'summary']
  ] LOOP
    EXECUTE format(
      'UPDATE %1$I SET %2$I = "keyframe_lf_text"(%2$I) WHERE strpos(%2$I, E''\r'') > 0',
      target[1], target[2]
    );
  END LOOP;
  -- jsonb writes a CR inside a string as the two characters \r.
  FOREACH target SLICE 1 IN ARRAY ARRAY[
    ['Submission', 'changes'], ['Submission', 'conflict'], ['Revision', 'before'], ['Revision', 'after']
  ] LOOP
    EXECUTE format(
      'UPDATE %1$I SET %2$I = "keyframe_lf_json"(%2$I) WHERE strpos(%2$I::text, ''\r'') > 0',
      target[1], target[2]
    );
  END LOOP;
END
$$;

DROP FUNCTION "keyframe_lf_json"(jsonb);
DROP FUNCTION "keyframe_lf_text"(text);
