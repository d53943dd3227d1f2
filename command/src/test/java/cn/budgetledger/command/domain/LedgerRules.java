package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What a fixture's expectException checks of every "no": the rule's code, and a message for the user. */
final class LedgerRules {

    private LedgerRules() {
    }

    static Matcher<LedgerException> rule(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerException failure) {
                return failure.code().equals(code) && !failure.getMessage().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a LedgerException with code " + code + " and a message");
            }
        };
    }
}
