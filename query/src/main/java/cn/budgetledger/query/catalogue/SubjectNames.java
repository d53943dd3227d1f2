package cn.budgetledger.query.catalogue;

import cn.budgetledger.api.SubjectCatalogue;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.queries.LearnedSubjectNames;

import java.util.Optional;

/** Names for subject codes: the shipped catalogue first, then what imports taught; empty when neither knows. */
public record SubjectNames(LearnedSubjectNames learned) {

    public String of(SubjectKind kind, String code) {
        return of(kind, code, learned.name(kind, code));
    }

    /** The same precedence where the learned name was read beside the code (a join on learned_subject_name). */
    public static String of(SubjectKind kind, String code, Optional<String> learned) {
        return SubjectCatalogue.shipped().name(kind, code).or(() -> learned).orElse("");
    }
}
