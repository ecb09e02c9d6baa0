-- The parts of an access reply already committed to the outbox (docs/ingest-service.md "Access
-- replies"): each part is written in a transaction of its own together with its row here, so a
-- redelivered command writes only the parts still missing and its answer states what was sent.
-- The last transaction (the answer and the inbox row) deletes them. Counts, digests and part
-- names (a recording's contact id) only: nothing here is personal data.
create table access_reply_part (
    request_id   uuid   not null,
    attempt      int    not null,
    part         text   not null,
    first_index  int    not null,
    chunks       int    not null,
    bytes        bigint not null,
    sha256       text   not null,
    content_type text   not null,
    primary key (request_id, attempt, part)
);
