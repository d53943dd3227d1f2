package cn.budgetledger.api.queries;

import cn.budgetledger.api.SubjectKind;

import java.util.Map;
import java.util.Optional;

/** Code → name of the subjects learned from imports, per classification. */
public record LearnedSubjectNames(Map<String, String> functional, Map<String, String> economic) {

    public Optional<String> name(SubjectKind kind, String code) {
        return Optional.ofNullable((kind == SubjectKind.FUNCTIONAL ? functional : economic).get(code));
    }
}
