package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.config.IngestConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The REST client of {@link SubcontractorApi}, built from configuration (URL, bearer token or basic
 * credentials, time-outs) only when transcription is enabled, so a service without a
 * subcontractor needs none of it.
 */
@ApplicationScoped
public class SubcontractorClient {

    private final IngestConfig.Transcription config;
    private volatile SubcontractorApi api;

    SubcontractorClient(IngestConfig config) {
        this.config = config.transcription();
    }

    public SubcontractorApi api() {
        if (api == null) {
            synchronized (this) {
                if (api == null) {
                    api = build();
                }
            }
        }
        return api;
    }

    /** Who the transfer log names (R7.1). */
    public String recipient() {
        return config.recipient().orElseGet(() -> url().getHost());
    }

    private SubcontractorApi build() {
        var builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(url())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        authorization().ifPresent(value -> builder.register(new Credentials(value)));
        return builder.build(SubcontractorApi.class);
    }

    private java.net.URI url() {
        return config.url().orElseThrow(() -> new IllegalStateException(
                "ingest.transcription.url (INGEST_TRANSCRIPTION_URL) is required when transcription is enabled"));
    }

    private Optional<String> authorization() {
        if (config.bearerToken().isPresent()) {
            return config.bearerToken().map(token -> "Bearer " + token);
        }
        return config.username().map(user -> "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + config.password().orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds the subcontractor's credentials to every request. */
    private record Credentials(String authorization) implements ClientRequestFilter {
        @Override
        public void filter(ClientRequestContext request) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
