package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Test data: a completed call by a caller with unique identifiers, whose recording arrives through the signed upload. */
record RecordedCall(Calls caller, String callId) {

    static RecordedCall newCall() {
        var caller = Calls.newCaller();
        return new RecordedCall(caller, caller.calls());
    }

    /** Every form in which the call's identifying data could leave. */
    List<String> identifiers() {
        return List.of(callId, caller.e164(), caller.e164().substring(1), caller.writtenOddly(), "040" + caller.digits(),
                "040 " + caller.digits(), caller.name(), caller.email(), caller.username());
    }

    void uploads(byte[] wav) {
        SignedWebhook.recording(wav).put(Calls.recordingPath(callId)).then().statusCode(200);
    }

    void uploadsMp3(byte[] mp3) {
        SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), mp3, "audio/mpeg")
                .put(Calls.recordingPath(callId)).then().statusCode(200);
    }

    /** An MP3 whose ID3v2 and ID3v1 tags name the caller, the number and the call, as phone systems write them. */
    byte[] mp3NamingTheCaller(byte[] frames) {
        var id3v1 = AudioFixtures.id3v1();
        var title = AudioFixtures.ascii(caller.e164());
        System.arraycopy(title, 0, id3v1, 3, title.length);
        return AudioFixtures.concat(
                AudioFixtures.id3v2(3, 0, AudioFixtures.concat(AudioFixtures.id3Frame("TPE1", caller.name()),
                        AudioFixtures.id3Frame("COMM", caller.writtenOddly() + " " + callId + " " + caller.email())), false),
                frames, id3v1);
    }

    /** A WAV whose metadata chunks name the caller, the number and the call, as recorders write them. */
    byte[] wavNamingTheCaller(byte[] samples) {
        return AudioFixtures.riff(
                AudioFixtures.chunk("bext", AudioFixtures.ascii("Originator " + caller.name() + " " + caller.writtenOddly() + " " + callId)),
                AudioFixtures.chunk("LIST", AudioFixtures.concat(AudioFixtures.ascii("INFO"),
                        AudioFixtures.chunk("INAM", AudioFixtures.ascii(caller.name() + " " + caller.email())),
                        AudioFixtures.chunk("ICMT", AudioFixtures.ascii(caller.e164())))),
                AudioFixtures.fmt(),
                AudioFixtures.chunk("iXML", AudioFixtures.ascii("<BWFXML><NOTE>" + callId + " " + caller.e164() + "</NOTE></BWFXML>")),
                AudioFixtures.chunk("id3 ", AudioFixtures.id3v2(3, 0, AudioFixtures.id3Frame("TPE1", caller.name()), false)),
                AudioFixtures.chunk("data", samples),
                AudioFixtures.chunk("JUNK", new byte[13]));
    }

    UUID contactId(EntityManager entityManager) {
        return Chats.contactIdOf(entityManager, callId);
    }

    static List<TranscriptionJob> jobsOf(EntityManager entityManager, UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from TranscriptionJob where contactId = :c", TranscriptionJob.class)
                .setParameter("c", contactId).getResultList());
    }
}
