package fi.servicedesk.kit.limits;

/**
 * The longest identifier and name any API of the suite accepts ({@code @Size(max = …)} on request
 * records and webhook payloads, refused as a problem+json 400). Each is far above any real value and
 * far below what Kafka could refuse, so a request that passes always makes an event that can be sent.
 */
public final class MaxLengths {

    /** A person's or an agent's name. */
    public static final int NAME = 200;
    /** An e-mail address (RFC 5321: 254 characters in a path). */
    public static final int EMAIL = 254;
    /** A phone number as written, spaces and prefix included. */
    public static final int PHONE = 32;
    /** A username or login. */
    public static final int USERNAME = 128;
    /** A sender's id of a conversation, message, call or agent. */
    public static final int ID = 128;

    private MaxLengths() {
    }
}
