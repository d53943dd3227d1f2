package cn.budgetledger.query.catalogue;

import cn.budgetledger.api.SubjectCatalogue;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.queries.LearnedSubjectNames;

/** Names for subject codes: the shipped catalogue first, then what imports taught; empty when neither knows. */
public record SubjectNames(LearnedSubjectNames learned) {

    public String of(SubjectKind kind, String code) {
        return SubjectCatalogue.shipped().name(kind, code).or(() -> learned.name(kind, code)).orElse("");
    }
}
