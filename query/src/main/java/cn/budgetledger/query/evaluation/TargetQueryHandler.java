package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.queries.FindPerformanceTargetsQuery;
import cn.budgetledger.api.queries.TargetKinds;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Tells an actuals import which targets a unit-year has, so a 完成等级 is checked against its target's band. */
@Component
public class TargetQueryHandler {

    private final PerformanceTargetRepository targets;

    public TargetQueryHandler(PerformanceTargetRepository targets) {
        this.targets = targets;
    }

    @QueryHandler
    public TargetKinds handle(FindPerformanceTargetsQuery query) {
        Set<String> scopes = new HashSet<>();
        Map<String, BigDecimal> qualitativeWeights = new HashMap<>();
        for (PerformanceTarget target : targets.targets(query.budget())) {
            String scope = TargetKinds.scope(target.projectCode(), target.indicator());
            scopes.add(scope);
            if (target.qualitative()) {
                qualitativeWeights.put(scope, target.weight());
            }
        }
        return new TargetKinds(Set.copyOf(scopes), Map.copyOf(qualitativeWeights));
    }
}
