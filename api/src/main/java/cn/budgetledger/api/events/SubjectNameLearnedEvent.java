package cn.budgetledger.api.events;

import cn.budgetledger.api.SubjectKind;

/**
 * A budget-lines import named a subject code that the shipped catalogue lacks. Not a fact of any
 * unit-year: published on its own, so the name survives replays and reaches every read model.
 */
public record SubjectNameLearnedEvent(SubjectKind kind, String code, String name) {
}
