package fi.servicedesk.rights.events;

/**
 * Part of every rights command: where the owners' answer goes. {@code publicKey} is the case's
 * X25519 key (base64 X.509) that every access chunk is encrypted to (contracts/README.md "Reply
 * encryption"); {@code attempt} counts the times an owner was asked; {@code owner} names the one
 * owner asked again, null when the command is for all of them.
 */
public record Reply(String publicKey, int attempt, String owner) {
}
