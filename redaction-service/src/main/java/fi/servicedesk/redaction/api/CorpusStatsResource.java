package fi.servicedesk.redaction.api;

import fi.servicedesk.redaction.corpus.CorpusStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Counts of the corpus by day and entity type, for bot developers and the DPO. */
@Path("/api/v1/corpus/stats")
public class CorpusStatsResource {

    private final CorpusStatistics statistics;

    CorpusStatsResource(CorpusStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"bot-developer", "dpo"})
    public CorpusStatistics.Stats stats() {
        return statistics.stats();
    }
}
