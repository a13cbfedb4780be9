package fixbank.server.database;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where PostgreSQL is installed; elsewhere its tests are skipped, and the first class
 * skipped prints one line saying so. On CI ({@code CI=true}, as {@code .ci/run} sets it) a missing PostgreSQL
 * fails the class instead, so the PostgreSQL tests cannot quietly stop running.
 */
public final class PostgresInstalled implements ExecutionCondition {

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.programs().isPresent() || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL is installed, or this is CI");
        }
        String why = "PostgreSQL is not installed (apt-get install -y postgresql): the PostgreSQL tests are skipped";
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println(why);
        }
        return ConditionEvaluationResult.disabled(why);
    }
}
