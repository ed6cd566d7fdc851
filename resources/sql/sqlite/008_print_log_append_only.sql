-- The card print log says which cards left the printer, when and why: like the audit log, a row
-- once written is never changed nor removed, whatever the program that opens the file.
CREATE TRIGGER card_print_log_no_update BEFORE UPDATE ON card_print_log
BEGIN
    SELECT RAISE(ABORT, 'the card print log is append-only');
END;
CREATE TRIGGER card_print_log_no_delete BEFORE DELETE ON card_print_log
BEGIN
    SELECT RAISE(ABORT, 'the card print log is append-only');
END;
