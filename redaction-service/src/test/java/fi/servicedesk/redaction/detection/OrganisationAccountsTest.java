package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationAccountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"BH_Support", "Kuitunet_Asiakaspalvelu", "Pohjoisranta_tuki", "Vesiteho_Kundservice", "kela_info",
            "VareAsiakaspalvelu", "KuitunetFI", "HavsbrisAB", "BrightHarbourUK"})
    void readsAServiceDeskOrACodeAsAnOrganisations(String handle) {
        assertTrue(OrganisationAccounts.is(handle, 0, handle.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VesitehoVaasa", "SaimaaPankki", "PolarLedger", "KvarnbyBygg", "PuuMarket"})
    void readsWordsRunTogetherAsAnOrganisations(String handle) {
        assertTrue(OrganisationAccounts.isMention(handle, 0, handle.length(), NameLexicon.shared()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ulpuvaara_tuuli1", "the_veronika_ku", "nils_myrback", "tuuli_u", "leena_fi", "mattikumpusuo",
            "MattiVirtanen", "klofstrom_official", "McAllister", "DeLuca", "MacArthur", "Hilda-Elisabet"})
    void leavesPeoplesHandlesAndNames(String handle) {
        assertFalse(OrganisationAccounts.isMention(handle, 0, handle.length(), NameLexicon.shared()));
    }
}
