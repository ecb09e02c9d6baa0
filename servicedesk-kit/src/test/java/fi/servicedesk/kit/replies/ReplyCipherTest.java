package fi.servicedesk.kit.replies;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The hybrid encryption of replies (contracts/README.md "Reply encryption"). */
class ReplyCipherTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final byte[] PLAIN = "{\"email\":\"matti.virtanen@example.com\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void whatIsEncryptedToTheCaseOpensWithItsPrivateKeyAndBinding() {
        var pair = ReplyCipher.newKeyPair();
        var aad = ReplyCipher.aad(CASE, "ingest-service", 1, "document", 0);
        var envelope = ReplyCipher.encrypt(ReplyCipher.publicKey(ReplyCipher.encode(pair.getPublic())), aad, PLAIN, PLAIN.length);

        assertEquals(44 + 12 + PLAIN.length + 16, envelope.length);
        assertFalse(new String(envelope, StandardCharsets.ISO_8859_1).contains("matti"));
        var restored = ReplyCipher.privateKey(ReplyCipher.encode(pair.getPrivate()));
        assertArrayEquals(PLAIN, ReplyCipher.decrypt(restored, pair.getPublic(), aad, envelope));
    }

    @Test
    void anotherCasesKeyDoesNotOpenIt() {
        var pair = ReplyCipher.newKeyPair();
        var other = ReplyCipher.newKeyPair();
        var aad = ReplyCipher.aad(CASE, "ingest-service", 1, "document", 0);
        var envelope = ReplyCipher.encrypt(pair.getPublic(), aad, PLAIN, PLAIN.length);

        assertThrows(IllegalArgumentException.class, () -> ReplyCipher.decrypt(other.getPrivate(), other.getPublic(), aad, envelope));
    }

    @Test
    void aChunkMovedToAnotherCaseOwnerAttemptPartOrPlaceDoesNotOpen() {
        var pair = ReplyCipher.newKeyPair();
        var envelope = ReplyCipher.encrypt(pair.getPublic(), ReplyCipher.aad(CASE, "ingest-service", 1, "document", 0),
                PLAIN, PLAIN.length);

        for (var moved : new byte[][]{
                ReplyCipher.aad(UUID.randomUUID(), "ingest-service", 1, "document", 0),
                ReplyCipher.aad(CASE, "redaction-service", 1, "document", 0),
                ReplyCipher.aad(CASE, "ingest-service", 2, "document", 0),
                ReplyCipher.aad(CASE, "ingest-service", 1, "recordings/a.wav", 0),
                ReplyCipher.aad(CASE, "ingest-service", 1, "document", 1)}) {
            assertThrows(IllegalArgumentException.class, () -> ReplyCipher.decrypt(pair.getPrivate(), pair.getPublic(), moved, envelope));
        }
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        var pair = ReplyCipher.newKeyPair();
        var aad = ReplyCipher.aad(CASE, "ingest-service", 1, "document", 0);
        var envelope = ReplyCipher.encrypt(pair.getPublic(), aad, PLAIN, PLAIN.length);
        envelope[envelope.length - 20] ^= 1;

        assertThrows(IllegalArgumentException.class, () -> ReplyCipher.decrypt(pair.getPrivate(), pair.getPublic(), aad, envelope));
    }

    @Test
    void aPartIsCutIntoChunksOfAtMost256KiBThatTogetherAreThePart() {
        var pair = ReplyCipher.newKeyPair();
        var recording = new byte[ReplyWriter.CHUNK_BYTES * 2 + 1000];
        new Random(7).nextBytes(recording);
        var chunks = new ArrayList<byte[]>();
        var writer = new ReplyWriter(ReplyCipher.encode(pair.getPublic()), CASE, "ingest-service", 3,
                (part, index, data) -> chunks.add(ReplyCipher.decrypt(pair.getPrivate(), pair.getPublic(),
                        ReplyCipher.aad(CASE, "ingest-service", 3, part, index), Base64.getDecoder().decode(data))));

        writer.part("document", "application/json", new ByteArrayInputStream(new byte[0]));
        writer.part("recordings/a.wav", "audio/wav", new ByteArrayInputStream(recording));

        assertEquals(4, writer.chunks());
        assertEquals(1, writer.parts().get(0).chunks());
        assertEquals(3, writer.parts().get(1).chunks());
        assertEquals(recording.length, writer.parts().get(1).bytes());
        var joined = new java.io.ByteArrayOutputStream();
        chunks.subList(1, 4).forEach(joined::writeBytes);
        assertArrayEquals(recording, joined.toByteArray());
        assertEquals(ReplyWriter.CHUNK_BYTES, chunks.get(1).length);
    }

    @Test
    void aPartWrittenAsAStreamGoesOutAChunkAtATimeAsEachFills() throws Exception {
        var pair = ReplyCipher.newKeyPair();
        var document = new byte[ReplyWriter.CHUNK_BYTES + 10];
        new Random(11).nextBytes(document);
        var chunks = new ArrayList<byte[]>();
        var writer = new ReplyWriter(ReplyCipher.encode(pair.getPublic()), CASE, "ingest-service", 1,
                (part, index, data) -> chunks.add(ReplyCipher.decrypt(pair.getPrivate(), pair.getPublic(),
                        ReplyCipher.aad(CASE, "ingest-service", 1, part, index), Base64.getDecoder().decode(data))));

        try (var out = writer.part("document", "application/json")) {
            for (int at = 0; at < document.length; at += 1000) {
                out.write(document, at, Math.min(1000, document.length - at));
                out.flush();
            }
            assertEquals(1, chunks.size(), "a full chunk goes out at once, a flush sends nothing");
        }
        try (var empty = writer.part("recordings/none.wav", "audio/wav")) {
            empty.flush();
        }

        assertEquals(3, writer.chunks());
        var part = writer.parts().get(0);
        assertEquals(2, part.chunks());
        assertEquals(document.length, part.bytes());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(document)),
                part.sha256());
        var joined = new java.io.ByteArrayOutputStream();
        chunks.subList(0, 2).forEach(joined::writeBytes);
        assertArrayEquals(document, joined.toByteArray());
        assertEquals(1, writer.parts().get(1).chunks(), "an empty part is one empty chunk");
        assertEquals(0, chunks.get(2).length);
    }
}
