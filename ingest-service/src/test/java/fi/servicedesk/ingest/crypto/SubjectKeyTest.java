package fi.servicedesk.ingest.crypto;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An identifier opened once is given again only for the very ciphertext it came from (R9.1, R10.2). */
class SubjectKeyTest {

    private final SubjectKey key = new SubjectKey(UUID.randomUUID(), Aes.randomKey());

    @Test
    void theSameCiphertextOpensToTheSameTextEveryTime() {
        var sealed = key.encryptText("email", "liisa@example.fi");

        assertEquals("liisa@example.fi", key.decryptIdentifier("email", sealed));
        assertEquals("liisa@example.fi", key.decryptIdentifier("email", sealed));
    }

    @Test
    void aRectifiedIdentifierIsOpenedAgain() {
        key.decryptIdentifier("email", key.encryptText("email", "vanha@example.fi"));

        assertEquals("uusi@example.fi", key.decryptIdentifier("email", key.encryptText("email", "uusi@example.fi")));
    }

    @Test
    void aTamperedCiphertextIsRefusedEvenAfterTheGenuineOneWasOpened() {
        var sealed = key.encryptText("name", "Liisa Virtanen");
        key.decryptIdentifier("name", sealed);
        var tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThrows(UndecryptableException.class, () -> key.decryptIdentifier("name", tampered));
    }

    @Test
    void eachFieldIsOpenedUnderItsOwnName() {
        var email = key.encryptText("email", "liisa@example.fi");
        key.decryptIdentifier("email", email);

        assertThrows(UndecryptableException.class, () -> key.decryptIdentifier("phone", email),
                "a ciphertext is bound to its field, remembered or not");
        assertNull(key.decryptIdentifier("phone", null));
    }
}
