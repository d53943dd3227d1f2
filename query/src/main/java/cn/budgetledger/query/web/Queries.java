package cn.budgetledger.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/** Asks the query bus and waits, letting a handler's own error (e.g. not found) through unwrapped. */
@Component
public class Queries {

    private final QueryGateway queryGateway;

    public Queries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <R> R ask(Object query, Class<R> responseType) {
        try {
            return queryGateway.query(query, ResponseTypes.instanceOf(responseType)).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
