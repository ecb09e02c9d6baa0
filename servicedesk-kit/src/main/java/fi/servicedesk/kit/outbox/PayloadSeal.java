package fi.servicedesk.kit.outbox;

import java.util.Optional;

/**
 * How a service keeps personal data out of its outbox table in clear (R9.1, R9.3): a row written
 * with {@link Outbox#publishSealed} stores only what {@link #seal} made of its payload and the
 * reference of the key, and the relay opens it just before sending. Once the key is gone (a
 * crypto-shredded subject) the row can never be opened: the relay drops it, counts it
 * ({@code outbox_shredded_total{type}}) and logs it without its payload. That is erasure taking
 * effect, not a failure. A service implements this as one bean; a service without one writes no
 * sealed rows and dead-letters in clear.
 */
public interface PayloadSeal {

    /** The key reference under which {@link fi.servicedesk.kit.inbox.Deliveries} seals dead-lettered records. */
    String DEAD_LETTERS = "dead-letters";

    /** {@code plain} sealed under the key {@code keyRef} names. */
    byte[] seal(String keyRef, byte[] plain);

    /** The plain payload; empty when the key {@code keyRef} names no longer exists. */
    Optional<byte[]> open(String keyRef, byte[] sealed);
}
