-- Subjects are linked to conversations by the matching hashes of contracts/README.md, which rights
-- commands name them by, no longer by pseudonyms under this service's own key. Links of the old
-- kind could only be re-keyed from the identifiers, which this service never keeps: they are
-- dropped, and the entries they pointed at leave with the retention sweep (R8.2).
delete from subject_link;
