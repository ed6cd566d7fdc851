-- The card print log says which cards left the printer, when and why: like the audit log, a row
-- once written is never changed nor removed.
CREATE FUNCTION card_print_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the card print log is append-only';
END;
$$;
CREATE TRIGGER card_print_log_no_change BEFORE UPDATE OR DELETE ON card_print_log
    FOR EACH ROW EXECUTE FUNCTION card_print_log_append_only();
