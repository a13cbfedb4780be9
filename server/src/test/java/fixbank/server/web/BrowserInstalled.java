package fixbank.server.web;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Runs a browser test class only where {@link Browser#requireInstalled} finds a browser: elsewhere its tests
 * are skipped before anything starts, and the first class skipped prints one line saying why and how to run
 * them; on CI a missing browser fails the class instead. A condition rather than an assumption in
 * {@code @BeforeAll}, because Surefire counts the tests of a class aborted there as neither run nor skipped.
 */
final class BrowserInstalled implements ExecutionCondition {

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            Browser.requireInstalled();
            return ConditionEvaluationResult.enabled("the browser is installed");
        } catch (TestAbortedException skipped) {
            if (SKIP_REPORTED.compareAndSet(false, true)) {
                System.out.println(skipped.getMessage());
            }
            return ConditionEvaluationResult.disabled(skipped.getMessage());
        }
    }
}
