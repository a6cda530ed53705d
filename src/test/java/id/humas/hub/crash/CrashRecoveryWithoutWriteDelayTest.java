package id.humas.hub.crash;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The burst of {@link CrashRecoveryTest} with the H2 URL an operator might well write, naming no setting: the bot
 * itself must make each commit reach the disk before Telegram is told. Without that, the kill turned one report
 * into two items and showed items delivered before it again. The digest scenario is not repeated (it proves
 * nothing more about the URL), and the database is checked right after the burst.
 */
class CrashRecoveryWithoutWriteDelayTest extends CrashRecoveryTest {

    @Override
    String urlSettings() {
        return "";
    }

    @Test
    @Order(1)
    @Override
    void killedMidBurstItLosesNoItemAndRelaysEveryIssue() throws Exception {
        super.killedMidBurstItLosesNoItemAndRelaysEveryIssue();
        theDatabaseAgreesWithTelegram();
    }

    /** Not a test here: see the class comment. */
    @Override
    void killedMidDigestTheDigestCompletesWithoutRepeatingItself() {
    }
}
